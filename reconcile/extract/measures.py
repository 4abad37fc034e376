"""What a figure measures or counts when no category of ``WORD_CATEGORY`` names it: a unit after it ("40 km",
"2.3 billion kilowatt-hours") or a thing it counts ("64 films")."""

from __future__ import annotations

import re

from reconcile.extract.lexicon import SMALL_UNIT_WORDS

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
    "generation", "lap", "set", "innings", "over", "run", "wicket", "digit", "figure", "inch", "foot", "feet", "group",
    "degree", "kilometre", "kilometer", "mile", "metre", "meter", "centimetre", "millimetre", "gram", "kilo",
    "kilogram", "pound", "ounce", "litre", "liter", "gallon", "acre", "hectare", "tonne", "ton", "cubic", "square",
    "mm", "cm", "millimeter", "centimeter", "inches",
    # people in general, counted for many different things in one story ("146 people", "some 3,500 people")
    "people", "person", "other", "resident", "inhabitant", "voter", "citizen", "member", "man", "woman", "child",
} | SMALL_UNIT_WORDS  # "85 cents a share": a price, not things counted


# Words that pick some out of a field: "the three leading candidates" are not all of them.
_PICKED_OUT = {"leading", "main", "top", "major", "strongest", "principal", "frontrunning"}


def picked_out(num) -> bool:
    """Whether a figure counts some picked out of a field, not the field: "the three leading candidates", "the
    other four candidates". (Not "the remaining 11 missing": those still missing are a count of their own.)"""
    noun = figure_noun(num)
    before = num.doc[num.i - 2:num.i] if num.i >= 2 else []
    return any(c.dep_ == "amod" and c.i > num.i and c.lower_ in _PICKED_OUT for c in noun.children) or (
        len(before) == 2 and before[0].lower_ in ("the", "its", "their", "his", "her") and before[1].lower_ == "other")


# What a player's suspension is counted in, and the words of a suspension.
_FIXTURES = {"game", "match", "fixture", "race"}
_BANS = {"ban", "banned", "suspension", "suspend", "suspended", "bar", "barred"}


# Nouns of a figure that say what it is of: "the number of displaced people".
NUMBER_NOUNS = {"number", "count", "tally", "figure"}


def number_raised_to(figure):
    """ "revised the number of people on board to 44", "raised the toll to 13": the noun of a count that a verb
    brings to the figure, if one is."""
    if figure.dep_ != "pobj" or figure.head.lower_ != "to" or figure.head.head.pos_ != "VERB":
        return None
    return next((ch for ch in figure.head.head.children
                 if ch.dep_ == "dobj" and ch.lemma_.lower() in NUMBER_NOUNS | {"toll"}), None)


def _things_numbered(num):
    """The plural noun whose number a verb brings to ``num`` ("raise the number of patrols to 12"), or None; not
    people told by what befell them ("raised the number of patients infected to 17", a toll)."""
    number = number_raised_to(num)
    return next((o for p in (number.children if number is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"
                 and not any(c.dep_ in ("acl", "relcl") for c in o.children)), None)


def counted_thing(num) -> tuple[str | None, str]:
    """ "64 films", "eleven icons", "Twenty-seven vessels", "a four-match ban": a figure before a plural noun (or
    joined to a noun by a hyphen) that no category of
    ``WORD_CATEGORY`` names still counts that thing. Its category is the noun's own ("count:of:film"), so that only
    the same thing counted in two reports is compared, and such figures are never listed as told by one source."""
    noun = num.head
    if noun.lower_ in ("member", "strong") and num.i + 1 < len(num.doc) and num.doc[num.i + 1].text == "-" \
            and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return f"size:{noun.head.lemma_.lower()}", noun.head.lower_  # "a five-member inquiry committee": its size
    verb = noun.head.lemma_.lower() if noun.dep_ == "dobj" else ""
    if num.dep_ == "nummod" and (noun.lemma_.lower() == "member" and verb in ("have", "include", "number", "comprise")
                                 or noun.lemma_.lower() in ("people", "person") and verb in ("number", "comprise")):
        body = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if body is not None:
            # "each delegation will have 24 members", "each delegation numbered 32 people": its size
            return f"size:{body.lemma_.lower()}", body.lower_
    herd = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"), None) if noun.lower_ == "head" and num.dep_ == "nummod" else None
    if herd is not None:
        return f"of:{herd.lemma_.lower()}", herd.lower_  # "about 3,000 head of cattle": the cattle counted
    # "a four-match ban", "a five-storey building": the thing counted, joined to its figure, names what it makes up
    joined = (noun.tag_ == "NN" and noun.dep_ == "compound" and noun.i == num.i + 2
              and num.doc[num.i + 1].text == "-" and not num.whitespace_)
    raised = _things_numbered(num)
    if raised is not None:
        noun = raised  # "agreed to raise the number of joint patrols to 12": the patrols counted
    elif num.dep_ != "nummod" or noun.i < num.i or noun.pos_ != "NOUN" or noun.tag_ != "NNS" and not joined:
        return None, ""
    lemma = noun.lemma_.lower()
    if lemma in _NOT_THINGS or noun.lower_ in _NOT_THINGS or not lemma.isalpha():
        return None, ""
    before = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    if before in ("other", "remaining", "first", "last", "next", "top", "past", "previous", "final", "bottom"):
        return None, ""  # "the other four states", "the first ten days": a part of something, not its count
    if lemma in _FIXTURES and _BANS & {t.lemma_.lower() for t in num.sent}:
        return "suspension", noun.lower_  # "a two-match ban", "banned for three games": how long a player is out
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WON_VERBS:
        return f"of:{lemma} won", noun.lower_  # "the NRP won nine constituencies": a side's, not the whole count
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _AFTER_VERBS:
        # "21,000 fryers have been returned": the part some later act reached, not all there are
        return f"of:{lemma} {noun.head.lemma_.lower()}", noun.lower_
    before = next((c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i), "")
    return f"of:{COUNTED_AS.get(f'{before} {lemma}', COUNTED_AS.get(lemma, lemma))}", noun.lower_


# Nouns two reports use for the same people or things counted, alone or with the word before them: "38
# researchers" and "28 scientists" aboard, "14 fire tenders" and "22 fire engines", "2,500 families" and "4,000
# households" displaced.
COUNTED_AS = {"scientist": "researcher", "fire tender": "engine", "household": "family"}


# Acts that reach some of the things a story counts, after the event: those returned, repaired, replaced.
_AFTER_VERBS = {"return", "repair", "replace", "refund", "inspect", "check", "test", "fix", "restore", "reopen",
                "recover", "collect", "deliver", "sell"}


def figure_noun(num):
    """The noun a figure counts, or the first of the nouns listed with it ("58 stores and nearly 8,000 employees")."""
    noun = num.head if num.dep_ in ("nummod", "quantmod", "compound") else num
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


# Verbs by which a side wins a number of things ("won nine constituencies", "carried 12 districts").
_WON_VERBS = {"win", "carry", "sweep", "retain", "lose", "gain"}  # not "take": "thieves took 14 icons"


# Physical measures a figure can be given in: (pattern, dimension, base unit, factor to the base unit).
_PHYSICAL = [
    (r"kilowatt[\s-]hours?|kwh", "energy", "kWh", 1), (r"megawatt[\s-]hours?|mwh", "energy", "kWh", 1e3),
    (r"gigawatt[\s-]hours?|gwh", "energy", "kWh", 1e6), (r"terawatt[\s-]hours?|twh", "energy", "kWh", 1e9),
    (r"kilowatts?|kw", "power", "MW", 1e-3), (r"megawatts?|mw", "power", "MW", 1), (r"gigawatts?|gw", "power", "MW", 1e3),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "volume", "m3", 1), (r"bcm", "volume", "m3", 1e9),
    # gas as the industry counts it: "500 million (standard) cubic feet a day", "6 trillion cubic feet"
    (r"(?:standard\s+)?cubic\s+f(?:ee|oo)t", "volume", "m3", 0.0283168),
    (r"litres?|liters?", "volume", "m3", 1e-3), (r"barrels?", "oil", "barrels", 1),
    (r"(?:metric\s+)?tonnes?|(?:metric\s+)?tons?", "weight", "tonnes", 1),
    # ounces as gold, silver and platinum are counted in news (troy ounces: "reserves of 1.4 million ounces")
    (r"(?:troy\s+)?ounces?|oz", "weight", "tonnes", 31.1034768e-6),
]
# The categories of the physical measures ("amount:power", "amount:weight"), as ``quantities`` names them.
MEASURE_CATEGORIES = {f"amount:{dim}" for _, dim, _, _ in _PHYSICAL}
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


# Lengths a figure can give of a thing named with it: (unit pattern, factor to kilometres).
_LENGTHS = [(r"kilomet(?:re|er)s?|km", 1.0), (r"miles?", 1.609), (r"met(?:re|er)s", 1e-3)]
_LENGTH_RE = [(re.compile(r"(?:\s?-\s?|\s)(?:" + p + r")\b", re.I), f) for p, f in _LENGTHS]
# Words that name one thing whatever the report calls it.
_SAME_THING = {"frontier": "border", "boundary": "border", "borderline": "border"}
# Verbs by which a thing gets a new length: "the stage was cut to 92 km", "the route was extended to 40 km".
_SIZED_BY = {"cut", "shorten", "reduce", "extend", "lengthen"}
# Verbs that give a thing's length: "the corridor will run 1,080 km", "the line stretches 47 km".
_RUNS = {"run", "stretch", "span", "measure", "cover"}
# Verbs of a fall, whose distance is how far the thing fell: "the coach plunged 120 metres down a slope".
_FALLS = {"fall", "plunge", "plummet", "tumble", "drop"}
# Words after a distance that make it what is left of a race or a distance away: "with 38 km to go", "40 km away".
_NOT_A_LENGTH = re.compile(r"\s*(?:to\s+go|left|remaining|away|from|north|south|east|west|outside|behind|ahead|"
                           r"short\s+of|before|after|into)\b", re.I)


def _thing(tok) -> str:
    lemma = tok.lemma_.lower()
    if lemma in ("line", "section", "stretch"):
        # "47 km of the border line", "the border section": the border, by the word before
        named = next((_SAME_THING.get(c.lemma_.lower(), c.lemma_.lower()) for c in tok.children
                      if c.dep_ == "compound"), "")
        if named == "border":
            return named
    return _SAME_THING.get(lemma, lemma)


def distance_after(after: str) -> tuple[re.Match, float] | None:
    """The unit of length right after a figure ("92 km", "a 38-kilometre line") and its factor to kilometres."""
    return next(((m, f) for rx, f in _LENGTH_RE if (m := rx.match(after))), None)


# Races named by their distance: "the 200 metres butterfly", "the 400m hurdles", "the 4x100m relay".
_RACES_BY_DISTANCE = {"butterfly", "freestyle", "backstroke", "breaststroke", "medley", "hurdles", "relay",
                      "steeplechase", "sprint", "dash", "walk", "individual"}


# Sizes other than a length, by the word after the figure ("45 metres deep"), and the noun they are told by ("depth").
_DIMENSIONS = {"deep": "depth", "high": "height", "tall": "height", "wide": "width"}


def length_of(num, after: str) -> tuple[str, str, float, int] | None:
    """A length given of a thing the sentence names: "38 kilometres of the border" (a part of it, keyed
    "length:of:border"), "the 92-km stage" or "the stage was cut to 92 km" (the whole, "length:stage"). Returns
    (category, noun, factor to kilometres, length of the unit's words in ``after``), or None: a distance away or
    left to go is no thing's length."""
    found = distance_after(after)
    if found is None:
        return None
    factor, shown = found[1], found[0].end()
    doc = num.doc
    unit = next((t for t in doc[num.i + 1: num.i + 4] if t.is_alpha), None)
    if unit is None:
        return None
    head = unit.head
    named_by_of = unit.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < unit.i
    runs = unit.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB" and head.lemma_.lower() in _RUNS
    if unit.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB" and head.lemma_.lower() in _FALLS:
        return "length:fall", "fall", factor, shown  # "the coach plunged 120 metres down a slope"
    if _NOT_A_LENGTH.match(after[shown:]) and not named_by_of and not runs:
        return None  # (but "a corridor of 1,100 km from X to Y", "the stage covers 187 km from X" are lengths)
    of = next((p for p in unit.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if thing is not None:
        # "the 14.2 kilometres of tunnel": all of it (not "the last 126 kilometres of undefined frontier")
        described = ("amod", "compound", "poss")
        whole = any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children) \
            and not any(c.dep_ in described for c in unit.children) \
            and not any(c.dep_ in ("det", *described) for c in thing.children)
        return f"length:{'' if whole else 'of:'}{_thing(thing)}", _thing(thing), factor, shown
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head.pos_ == "NOUN" and unit.head.i > unit.i:
        if unit.head.lemma_.lower() in _RACES_BY_DISTANCE:
            return None  # "the women's 200 metres butterfly": the race's name, not a length told of it
        return f"length:{_thing(unit.head)}", unit.head.lower_, factor, shown  # "the 92-km stage"
    if named_by_of:
        return f"length:{_thing(head.head)}", head.head.lower_, factor, shown  # "a corridor of some 1,100 km"
    if head.lower_ in _DIMENSIONS and head.pos_ == "ADJ":
        # "the pit was about 45 metres deep" is the pit's depth, as "a depth of 60 metres" is
        return f"length:{_DIMENSIONS[head.lower_]}", _DIMENSIONS[head.lower_], factor, shown
    if head.lower_ == "long" or runs:
        # "the corridor is 860 km long", "the corridor will run 1,080 km": the length of the clause's subject
        verb = head.head if head.lower_ == "long" else head
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ == "prep":
            verb = verb.head  # "was 191 km long after the detour", "long" hung on "after"
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if subject is not None:
            return f"length:{_thing(subject)}", subject.lower_, factor, shown
    verb = unit.head.head if unit.head.dep_ == "prep" else unit.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _SIZED_BY:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                        and c.ent_type_ == ""), None)
        if subject is not None:
            return f"length:{_thing(subject)}", subject.lower_, factor, shown  # "the stage was cut to 92 km"
    return None


# "a magnitude 5.9 earthquake", "the 6.1-magnitude quake", "measured 6.1 on the Richter scale": the strength of a
# quake, whatever the clause says was killed or destroyed
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+(?:of|at))?\s*-?\s*$", re.I)
# "none stronger than magnitude 4": a bound, not a quake's strength
_MAGNITUDE_BOUND = re.compile(r"\b(?:than|above|over|below|under|up\s+to)\s+(?:a\s+)?magnitude\s*$", re.I)
_MAGNITUDE_AFTER = re.compile(r"\s*-?\s*magnitude\b|\s+(?:on\s+the\s+)?Richter\b", re.I)
# "the quake measured 5.8", "a tremor registering 4.9": a quake's strength told by its verb
_MEASURED = re.compile(r"\b(?:earth)?(?:quake|tremor|temblor|aftershock)s?,?\s+(?:that\s+|which\s+)?"
                       r"(?:measured|measuring|registered|registering)\s*$", re.I)
# "a five-storey block", "a 12-storey tower": how tall a building is, not a count of the dead in it
_STOREYS = re.compile(r"-?\s*(?:storey|story|floor)\b", re.I)


def size_told(ctx, f) -> str | None:
    """What a figure tells the size of, whatever its clause says was killed or destroyed: "magnitude" for a quake's
    strength ("aftershock magnitude" where the sentence, or the one before it, speaks of aftershocks), "of:storey"
    for a building's height; "" for a bound that is no figure ("none stronger than magnitude 4"); None for neither.
    ``ctx`` is the source's ``DocContext``, ``f`` the ``Figure``."""
    measured = _MEASURED.search(f.prefix)
    if measured and 1 <= f.value < 10:
        # the quake the verb is told of, whatever else the sentence speaks of
        return "aftershock magnitude" if "aftershock" in measured.group(0).lower() else "magnitude"
    if _MAGNITUDE_BEFORE.search(f.prefix) or _MAGNITUDE_AFTER.match(f.after):
        if _MAGNITUDE_BOUND.search(f.prefix):
            return ""
        # "The aftershocks have not stopped. The strongest, of magnitude 5.2, ...": the aftershock's, not the quake's
        i = ctx.sentence_index(f.sent.start_char)
        told = ctx.text[ctx.sents[max(0, i - 1)].start_char:f.sent.end_char]
        return "aftershock magnitude" if re.search(r"\baftershocks?\b", told, re.I) else "magnitude"
    if _STOREYS.match(f.after) and f.value < 200:
        return "of:storey"
    return None

"""Quantity claims: counts and amounts, with what they count and how exact they are.

A number becomes a claim only when its context says what it counts: the noun
it modifies ("12 people", "1,200 jobs"), the verb around it ("killed 12"), a
noun phrase naming the measure ("the death toll rose to 19", "a fee of
$40m"), or a score ("won 2-1"). Numbers written as words count too.

Where figures are written is ``figure_spans``; what a figure counts is ``counted``; this module turns the two into
claims, with how exact each figure is and whose it is. ``_quantity`` reads a figure in steps; the rules for each
kind of figure are kept with their kind: sums of money, stakes and shares in ``sums``, counts of people and
casualties in ``headcounts``, votes, seats and winning margins in ``votes``, the unit (and prison terms in months)
in ``terms``, the subject and scope of the claim in ``scopes``, and the scores of matches in ``scores``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reconcile.extract.context import DocContext
from reconcile.extract.counted import PART_OF, category_of
from reconcile.extract.cricket import batter_scores, innings_totals
from reconcile.extract.durations import (
    ban_lengths,
    contract_lengths,
    deadlines,
    job_pledges,
    match_minutes,
    mourning_periods,
    race_times,
    term_lengths,
)
from reconcile.extract.figure_spans import NUMBER_RE, NUMBER_WORD, WORD_NUMBER, Figure
from reconcile.extract.headcounts import dead_among, in_a_condition, people_counted, riders_not_jobs
from reconcile.extract.holders import convicted_on, counts_proven
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, CUT_WORDS, MORE_WORDS, RISE_WORDS, WORD_CATEGORY
from reconcile.extract.measures import (
    COUNTED_AS,
    YEARS_UNIT,
    counted_thing,
    distance_after,
    figure_noun,
    length_of,
    physical,
    picked_out,
    size_told,
    unit_after,
)
from reconcile.extract.points import player_points
from reconcile.extract.scopes import SCORE, claim_subject
from reconcile.extract.scores import scores_in
from reconcile.extract.spans import CLOCK
from reconcile.extract.sums import converts, currency_of, limit_of_a_rule, share_won, whose_sum_or_stake
from reconcile.extract.terms import prison_terms, unit_of
from reconcile.extract.votes import (
    held,
    invalid_ballots,
    margins_of_the_leader,
    vote_holder,
    votes_against,
    votes_counted,
    votes_told_before,
    winning_margin,
)
from reconcile.models import Claim
from reconcile.normalize.dates import MONTHS
from reconcile.normalize.numbers import SCALES, approx_before, parse_number


def extract_quantities(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    claims.extend(prison_terms(ctx))
    claims.extend(contract_lengths(ctx))
    claims.extend(term_lengths(ctx))
    claims.extend(match_minutes(ctx))
    claims.extend(deadlines(ctx))
    claims.extend(job_pledges(ctx))
    claims.extend(mourning_periods(ctx))
    claims.extend(ban_lengths(ctx))
    claims.extend(race_times(ctx))
    claims.extend(player_points(ctx))
    claims.extend(innings_totals(ctx))
    claims.extend(batter_scores(ctx))
    # A score the tagger took for a span of years ("beating them 84-79") is still a score.
    # So is a bare number of three digits or fewer it took for a date ("killing 18 people and injuring 94"): a day
    # or a year is never written so.
    covered: list[tuple[int, int]] = [(e.start, e.end) for e in ctx.ents if e.label in ("DATE", "TIME", "ORDINAL")
                                      and not SCORE.fullmatch(e.text)
                                      and not (e.label == "DATE" and (re.fullmatch(r"\d{1,3}", e.text)
                                                                      or _ONLY_NUMBER_WORDS.fullmatch(e.text)))]
    # Clock times ("18:05 - Toll rises", "at 9.30am") are not counts, whatever the tagger made of them.
    covered += [(m.start(), m.end()) for m in CLOCK.finditer(ctx.text)]
    covered += [(c.start, c.end) for c in claims]
    for sent in ctx.sents:
        s0, s1 = sent.start_char, sent.end_char
        text = ctx.text[s0:s1]
        claims.extend(scores_in(ctx, sent, covered))
        spans = [(m.start(), m.end(), m) for m in NUMBER_RE.finditer(text)]
        spans += [(m.start(), m.end(), m) for m in WORD_NUMBER.finditer(text)]
        for a, b, m in sorted(spans, key=lambda x: x[0]):
            raw = ctx.text[s0 + a:s0 + b]
            start, end = s0 + a + len(raw) - len(raw.lstrip()), s0 + b
            value_text = ctx.text[start:end].strip()
            if not value_text or _overlaps(covered, start, end):
                continue
            claim = _quantity(ctx, sent, start, start + len(value_text), value_text, m)
            if claim is not None:
                claim = _as_part(claims, claim, sent)
                if claim is None:
                    continue
                claims.append(_as_converted(claims, claim, sent))
                covered.append((claim.start, claim.end))
    return margins_of_the_leader(claims)



# "one and a" of "one and a half million euros", which the tagger took for a date: number words only
_ONLY_NUMBER_WORDS = re.compile(r"(?:(?:" + NUMBER_WORD + r"|and|an?)\s*)+", re.I)


def _as_part(claims: list[Claim], claim: Claim, sent) -> Claim | None:
    """ "Twenty-seven people died, nine of them children": the children among the dead, a count of their own (the
    part of the casualty count told right before it in its sentence); None when no such count comes before."""
    category = str(claim.qualifiers.get("category", ""))
    if not category.startswith(PART_OF):
        return claim
    before = next((c for c in reversed(claims) if c.kind == "quantity" and sent.start_char <= c.start < claim.start),
                  None)
    if before is None or before.qualifiers.get("category") not in CASUALTY_CATEGORIES:
        return None
    part = f"{before.qualifiers['category']}: {category.removeprefix(PART_OF)}"
    return replace(claim, attribute=f"count:{part}", qualifiers={**claim.qualifiers, "category": part})


def _as_converted(claims: list[Claim], claim: Claim, sent) -> Claim:
    """A sum that converts the sum before it ("GH₵4.1 billion (about $342 million)") is a sum for what that one
    is for, whatever the words around the conversion say."""
    if not claim.qualifiers.get("conversion"):
        return claim
    before = next((c for c in reversed(claims) if c.kind == "quantity" and sent.start_char <= c.start < claim.start
                   and c.qualifiers.get("unit") not in ("count", claim.qualifiers.get("unit"))
                   and str(c.qualifiers.get("category", "")).startswith("amount")), None)
    if before is None:
        return claim
    qualifiers = {**claim.qualifiers, "category": before.qualifiers["category"], "noun": before.qualifiers.get("noun"),
                  "holder": claim.qualifiers.get("holder") or before.qualifiers.get("holder", "")}
    return replace(claim, subject=before.subject, attribute=before.attribute, qualifiers=qualifiers)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _quantity(ctx: DocContext, sent, start: int, end: int, value_text: str, m) -> Claim | None:
    """The claim a figure makes, or None when it is no count. Each step may drop the figure, and each refines what
    the steps before it found."""
    f = _read(ctx, sent, start, end, value_text, m)  # its value, currency and percent
    if f is None or not _what_it_counts(ctx, f) or not _what_else_it_counts(ctx, f) or _counted_again(ctx, f):
        return None
    # the refinements by kind: jobs, strikers, a workforce, casualties; votes and seats; shares won
    if not people_counted(f) or not votes_counted(ctx, f) or not share_won(ctx, f):
        return None
    if not _whose(ctx, f) or not unit_of(f) or _one_is_no_count(ctx, f):
        return None
    limit_of_a_rule(f)
    return _claim(ctx, f)


def _read(ctx: DocContext, sent, start: int, end: int, value_text: str, m) -> Figure | None:
    """A figure's value, with its currency or percent sign; None for a figure that is no count."""
    groups = m.groupdict() if m.re is NUMBER_RE else {}
    value = _value(groups, value_text)
    if value is None:
        return None
    prefix = ctx.text[max(sent.start_char, start - 40):start]
    after = ctx.text[end:min(sent.end_char, end + 60)]
    if _not_a_count(prefix, after, value_text, groups):
        return None
    currency, value, shown_end = currency_of(ctx, groups, after, value, end)
    tokens = _tokens_in(ctx, start, end)  # (what the figure counts is read from its number's words)
    if tokens and _changed_from(tokens[-1]) and _CHANGED_TO.match(after):
        return None  # "the toll rose from 12 to 19", "raise output from 80,000 tonnes to 120,000": what it was before
    half = re.match(r"\s+and\s+a\s+half\b", after) if not currency and value == int(value) else None
    if half:  # "six and a half years": the half is part of the figure
        value, end, after = value + 0.5, end + half.end(), ctx.text[end + half.end():min(sent.end_char, end + 60)]
        shown_end = end
    percent = bool(groups.get("pct"))
    worded = None if groups else re.match(r"\s*(?:percent|per cent)\b", after, re.I)
    if worded:  # "fifteen per cent"
        percent, shown_end = True, end + worded.end()
    if not tokens:
        return None
    return Figure(sent=sent, start=start, end=end, value_text=value_text, prefix=prefix, after=after, tokens=tokens,
                  value=value, shown_end=shown_end, currency=currency, percent=percent)


def _value(groups: dict, value_text: str) -> float | None:
    """The value of a figure in digits (``groups`` of ``NUMBER_RE``) or in words; None for a year."""
    if groups:
        num = groups["num"]
        if re.fullmatch(r"(19|20)\d{2}", num) and not groups.get("cur") and not groups.get("scale"):
            return None  # a year
        return parse_number(num + (" " + groups["scale"] if groups.get("scale") else ""))
    return parse_number(value_text)


# "on June 18 of the company's €250 million plant": the day of a month, not a part of a whole
_DAY_OF = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}$", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
                           + r")\.?\s+$")


def _not_a_count(prefix: str, after: str, value_text: str, groups: dict) -> bool:
    """Whether the words around a figure make it no count: a place in an order, a number inside a name, a vague
    amount, the whole a part is of, or an increase."""
    if not groups.get("cur") and re.fullmatch(r"\d{1,2}", value_text.strip()) and int(value_text) <= 31 \
            and _MONTH_BEFORE.search(prefix):
        return True  # "KELVO, Valdoria, Aug 3 (NWA) - ...": a day the tagger did not take for a date
    if groups and not (groups.get("cur") or groups.get("scale") or groups.get("pct")) \
            and re.fullmatch(r"\d{1,3}", value_text.strip()) and re.search(r"\b[A-Z][\w'’-]+,\s*$", prefix) \
            and re.match(r"\s*,", after):
        return True  # "sentenced Edvin Laske, 52, the former director, to ...": the person's age
    if re.match(r"\s+(?:games?|matches|sets|legs|wins)\s+to\s+(?:none|nil|zero|one|two|three|four|five|\d)\b", after, re.I):
        return True  # "lead the series two games to none": a series score, not a count of games
    if not groups.get("cur") and re.search(r"\b(?:number|No\.?|no\.)\s*$", prefix):
        return True  # "batting at number four", "No. 3 seed": a place in an order, not a count
    if groups and not (groups.get("cur") or groups.get("scale") or groups.get("pct")) \
            and re.fullmatch(r"\d{1,4}", value_text.strip()) and _LABELLED.search(prefix):
        return True  # "voted at Ward 4, Unit 9", "Gate 3", "Article 12": a label, not a count
    named = re.search(r"(?<![.!?:]\s)\b([A-Z][\w'’-]+)\s+$", prefix)
    if groups and not groups.get("cur") and named and named.group(1).lower() not in _OPENING_WORDS \
            and re.match(r"\s+(?:(?:de|del|di|da|do|of)\s+)?[A-Z][a-z]", after):
        return True  # "the Plaza 10 de Febrero", "Route 9 Bridge": a number inside a name
    # Vague amounts ("a few hundred", "thousands of") and totals ("41 of the 120 seats") are not claims.
    if not groups and (re.search(r"\b(few|several|many|some)\s+$", prefix, re.I)
                       or value_text.lower().rstrip().endswith(("hundreds", "thousands", "millions", "dozens"))):
        return True
    part = re.search(r"(?:\d|\b" + NUMBER_WORD + r")\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                     r"(?:[\w-]+['’]s\s+)?$", prefix, re.I)
    if part and not _DAY_OF.search(prefix[:part.start() + 1]) and not re.match(r"\s+(?:counts|charges)\b", after):
        # "400 of the plant's 1,200 jobs", "seven of the council's 41 seats": the whole; but "guilty on 12 of the
        # 18 counts" tells how many he was charged on
        return True
    if not groups and value_text.lower() in SCALES and re.search(r"\d\s*$", prefix):
        return True  # "million" of a sum whose digits were read apart: not a figure of its own
    if _FRACTION.match(after):
        return True  # "nearly two-thirds of members", "three fifths": a share, not a count
    if _OTHERS_HURT.match(after):
        return not _DEAD_BEFORE.search(prefix)
    if re.match(r"\s+(?:" + "|".join(MORE_WORDS | {"other"}) + r")\b(?!\s+than)", after, re.I):
        return True  # "three more bodies", "two other officials": an increase or the others, not a total
    return False


# Verbs of a count or an amount changing, from one figure to another.
_CHANGING = CUT_WORDS | RISE_WORDS | {"lift", "expand", "boost", "double", "triple", "revise", "take", "bring", "move",
                                      "change", "extend", "adjust", "push", "jump", "soar", "swell", "surge", "go",
                                      "upgrade", "trim"}


def _changed_from(num) -> bool:
    """Whether the number ``num`` is what a count or an amount changed from: in the "from" phrase of a verb of
    change ("rose from 12", "raise output from 80,000 tonnes")."""
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head  # "80,000" of "80,000 tonnes"
    if node.dep_ != "pobj" or node.head.lower_ != "from":
        return False
    return any(v.lemma_.lower() in _CHANGING for v in [node.head.head, *node.head.head.ancestors][:3])


# The figure it changed to, told after: "... to 19", "... tonnes to 120,000".
_CHANGED_TO = re.compile(r"[^.;:!?,]{0,30}?\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|"
                         r"at\s+least\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|Rs\.?\s?|RM|Rp\.?\s?)?(?:\d|(?:" + NUMBER_WORD + r")\b)", re.I)


# "Four guests died and 11 other people were injured": the others are the injured, counted in full; not "two other
# officials were injured", more of a count of injured told before.
_OTHERS_HURT = re.compile(r"\s+other\s+(?:[a-z]+\s+){0,2}?(?:were|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:injured|wounded|hurt|hospitali[sz]ed|missing|rescued)\b", re.I)
_DEAD_BEFORE = re.compile(r"\b(?:died|dead|killed|deaths?|bodies|lost\s+their\s+lives)\b[^.;]*$", re.I)


# The denominator written after a number word that makes it a fraction: "two-thirds", "three quarters".
_FRACTION = re.compile(r"[\s-]?(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I)


# Words a sentence may open with before a count of a named body's people ("About 180 VoltaCell employees").
_OPENING_WORDS = {"about", "around", "some", "nearly", "almost", "over", "only", "just", "roughly", "approximately",
                  "all", "another", "the", "its", "their", "his", "her", "those", "these", "exactly", "up"}

# Nouns numbered as labels: "Ward 4", "Polling Unit 9", "Gate 3", "Article 12", "Game 2".
_LABELLED = re.compile(r"\b(?:Ward|Unit|Gate|Terminal|Platform|Pier|Berth|Block|Sector|Zone|Room|Chapter|Article|"
                       r"Section|Clause|Paragraph|Level|Floor|Lot|Route|Runway|Line|Phase|Category|Grade|Court|Hall|"
                       r"Pavilion|Precinct|Station|Booth|Table|Lane|Game|Match|Leg|Stage|Heat|Matchday|Round)\s+$")


# Prepositions of where something stands: a figure in their phrase tells the place, not what happened.
_PLACE_PREPS = {"between", "beside", "behind", "under", "beneath", "alongside"}
# "two of the districts": the figure counts what comes after "of"
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+([a-z]+)\b", re.I)


def _placed_by(num) -> bool:
    """Whether the noun a figure counts is the object of a preposition of place ("between two trucks")."""
    noun = figure_noun(num)
    return noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS


# What a disaster's toll may be counted in other than people: the families or households it struck.
_HOMES_COUNTED = {"family", "household"}


def _what_it_counts(ctx: DocContext, f: Figure) -> bool:
    """What the words that govern a figure say it counts (``counted.category_of``), or what "of the ..." after it
    names; False for a figure that tells where something is or counts a part of something no category names."""
    tokens, after = f.tokens, f.after
    size = size_told(ctx, f) if not f.currency and not f.percent else None
    if size is not None:  # a quake's magnitude or a building's storeys, whatever the clause says was hit
        f.category, f.noun = size, size.removeprefix("of:")
        return bool(size)
    if not f.currency and not f.percent and picked_out(tokens[-1]):
        return False  # "the three leading candidates", "the other four candidates": some of them, not how many
    f.category, f.noun = category_of(ctx, tokens, f.sent, f.currency, f.percent)
    if f.category in CASUALTY_CATEGORIES and not f.currency and not f.percent and tokens[-1].dep_ == "nummod" \
            and (unit := tokens[-1].head.lemma_.lower()) in _HOMES_COUNTED:
        # "the floods have displaced 5,600 families": households, not the people another report counts
        f.category, f.noun = f"of:{COUNTED_AS.get(unit, unit)}", tokens[-1].head.lower_
    if f.category is not None and not f.currency and not f.percent and _placed_by(tokens[-1]):
        return False  # "under a tarpaulin rigged between two container trucks": where something is, not a count
    # "400 of the 1,200 jobs", "all 3,100 of its unionised workers": what the figure counts comes after "of".
    of_total = re.match(r"\s+(?:of|out of)\s+(?:the\s+|a\s+total\s+of\s+)?[\d,]+\s+([A-Za-z]+)", after)
    of_whom = of_total or re.match(r"\s+of\s+(?:its|their|the|his|her|our)\s+(?:[a-z-]+\s+)?([a-z]+)\b", after)
    if f.category is None and of_whom and of_whom.group(1).lower() in WORD_CATEGORY or (
            of_total and of_total.group(1).lower() in WORD_CATEGORY):
        f.noun = of_whom.group(1).lower()
        f.category = WORD_CATEGORY[f.noun]
    elif f.category is not None and f.category not in CASUALTY_CATEGORIES and not f.currency and not f.percent \
            and tokens[-1].dep_ != "nummod" and (part := _PART_OF.match(after)) \
            and part.group(1).lower() not in WORD_CATEGORY and part.group(1).lower() != "people":
        # "crews fixed boreholes in X and Y, two of the districts where ...": a number of something no category
        # names, not of what the clause counts
        return False
    if f.category == "charges" and counts_proven(ctx, f):
        f.category = "charges proven"
    riders_not_jobs(f)
    return True


def _what_else_it_counts(ctx: DocContext, f: Figure) -> bool:
    """A length, a physical measure or a thing counted where no category says, the dead among cases and a winning
    margin; False for a distance and for a figure that nothing says what it counts."""
    plain = not f.currency and not f.percent
    length = length_of(f.tokens[-1], f.after) if plain else None
    if length is not None:
        # "cut to 92 km", "38 km of the border": a length of a thing, whatever else the verb says
        f.category, f.noun = length[0], length[1]
        f.measure = ("length", "km", length[2])
        f.shown_end = f.end + length[3]  # the claim shows its unit: "92 km"
    elif f.category is not None and plain and distance_after(f.after):
        return False  # "was cut to 92 km", "hospitals about 140 km away": a distance, not jobs cut or people hurt
    if plain and (f.category is None or length is None and not f.category.startswith("amount:")):
        # (a unit right after the figure says what it measures, whatever noun governs it: "a 12-year mine life at
        # about 150,000 ounces a year" is no count of lives)
        f.measure = physical(f.after)
        if f.measure is not None:
            f.category, f.noun = f"amount:{f.measure[0]}", f.measure[0]
    if f.category is None and plain and in_a_condition(f.after):
        f.category = "injured"  # "taken to hospital, four of them in serious condition": the injured in that state
    if f.category is None and plain and (votes_against(f) or votes_told_before(ctx, f)):
        f.category, f.noun = "votes", "votes"  # "61,204 votes against 58,917 for X", "while Y scored 59,817"
    if f.category is None and plain:
        f.category, f.noun = counted_thing(f.tokens[-1])
    elif f.category == "years" and plain and unit_after(f.after) not in YEARS_UNIT \
            and not re.fullmatch(r"(?i)hundred|thousand|million|billion|trillion", f.value_text):
        # "steered 23 contracts": a count of contracts, not a contract's length (but "P1.3-billion contracts" is
        # their worth)
        f.category, f.noun = counted_thing(f.tokens[-1])
    dead_among(f)
    winning_margin(ctx, f)
    return f.category is not None


def _counted_again(ctx: DocContext, f: Figure) -> bool:
    """Whether a figure adds to a count already given ("another", "a further")."""
    # "a further 2,147 ballots were blank or spoiled": not more votes but a count of its own
    spoilt = f.category == "votes" and invalid_ballots(f.after)
    further = bool(re.search(r"\b(?:further|additional|extra)\s+$", f.prefix, re.I))
    if (further or re.search(r"\banother\s+$", f.prefix, re.I)) and not spoilt \
            and (_counted_before(ctx, f.sent, f.start, f.category) or further and f.category == "votes"):
        return True  # "another 12 bodies were found", "a further 12": an increase of a count already given
    return False


def _counted_before(ctx: DocContext, sent, start: int, category: str) -> bool:
    """Whether the sentence before the figure, or the one before that sentence, already counts ``category``:
    "Nine people are missing. Another 31 were treated" counts someone else; "Nine died. Another two died" does
    not."""
    i = ctx.sentence_index(sent.start_char)
    earlier = [t for t in sent if t.idx < start]
    if i > 0:
        earlier += list(ctx.sents[i - 1])
    return any(WORD_CATEGORY.get(t.lower_) == category or WORD_CATEGORY.get(t.lemma_.lower()) == category
               for t in earlier)


def _whose(ctx: DocContext, f: Figure) -> bool:
    """Whose the figure is: a side's votes, seats or margin (``votes``), a sum's payer or a stake's holder
    (``sums``); False for a side's figure that no side is named for."""
    f.holder = vote_holder(ctx, f)
    if f.category == "charges proven":
        f.holder = convicted_on(ctx, f)
    whose_sum_or_stake(ctx, f)
    if held(f.category) and f.category != "goals" and not f.holder:
        return False  # "a candidate needs more than 50% of the vote": a rule, not a result
    return True


def _one_is_no_count(ctx: DocContext, f: Figure) -> bool:
    """Whether "one" is no count: only one dead, injured or missing is told, and never "one" as a pronoun."""
    if f.value_text.lower() in ("one",) and f.category not in ("dead", "injured", "missing", "suspension"):
        return True  # (a "one-match ban" is a count: of the matches a player misses)
    tokens = f.tokens
    if f.value_text.lower() == "one" and (
            tokens[0].i > 0 and ctx.doc[tokens[0].i - 1].lower_ in ("no", "any", "every", "each", "anyone")
            or tokens[-1].i + 1 >= len(ctx.doc)
            or ctx.doc[tokens[-1].i + 1].is_punct and ctx.doc[tokens[-1].i + 1].text != "-"):  # ("one-match")
        return True  # "No one is trapped", "still lives in one": a pronoun, not a count
    return False


def _claim(ctx: DocContext, f: Figure) -> Claim:
    """The claim of a figure read to the end, with the words of its value (a hedge before it included)."""
    sent, start = f.sent, f.start
    # "nearly a million": the scale word is the figure, its article and the hedge before it are its words
    article = re.search(r"\b(?:a|an)\s+$", f.prefix, re.I) if f.value_text.lower() in SCALES else None
    prefix = f.prefix[:article.start()] if article else f.prefix
    approx_words, approx = approx_before(prefix)
    if f.category == "amount:limit":
        approx = "exact"  # "may spend up to €250,000": the limit itself, not a bound of what was spent
    conversion = bool(f.currency) and converts(ctx.text[max(sent.start_char, start - 100):start], f.currency)
    prefix_start = start - len(f.prefix)
    if approx_words and prefix.rstrip().endswith(approx_words):
        vstart = prefix_start + len(prefix.rstrip()) - len(approx_words)
    else:
        approx_words = ""
        vstart = prefix_start + article.start() if article else start
    vstart = max(vstart, sent.start_char)
    value_written = ctx.text[vstart:f.shown_end]
    subject, attribute = claim_subject(ctx, f)
    return ctx.claim(
        kind="quantity", subject=subject, attribute=attribute, value=value_written.strip(),
        start=vstart, end=f.shown_end, value_type="number", norm=f.value,
        qualifiers={"category": f.category, "unit": f.unit or "count", "approx": approx, "noun": f.noun,
                    "holder": f.holder, **({"conversion": "yes"} if conversion else {})},
        extractor="quantity.count", confidence=0.75 if approx == "exact" else 0.65,
    )


def _tokens_in(ctx: DocContext, start: int, end: int) -> list:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []

"""Quantity claims: counts and amounts, with what they count and how exact they are.

A number becomes a claim only when its context says what it counts: the noun
it modifies ("12 people", "1,200 jobs"), the verb around it ("killed 12"), a
noun phrase naming the measure ("the death toll rose to 19", "a fee of
$40m"), or a score ("won 2-1"). Numbers written as words count too.

Where figures are written is ``figure_spans``; what a figure counts is ``counted``; this module turns the two into
claims, with how exact each figure is and whose it is.
"""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.counted import after_a_name, category_of
from reconcile.extract.figure_spans import NUMBER_RE, WORD_NUMBER
from reconcile.extract.holders import subject_holder, who_holds, who_leads
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, COUNT_CATEGORIES, MORE_WORDS, WORD_CATEGORY
from reconcile.extract.measures import (
    YEARS_UNIT,
    counted_thing,
    distance_after,
    length_of,
    physical,
    unit_after,
)
from reconcile.extract.money import CURRENCY, NOT_CURRENCY_AFTER, currency_after, deal_target, money_holder
from reconcile.extract.scopes import LEGS, ROUNDS, count_scope, score_kind, stage_of, told_stage
from reconcile.extract.terms import contract_lengths, prison_terms, stoppage_minutes
from reconcile.models import Claim
from reconcile.normalize.dates import MONTHS
from reconcile.normalize.numbers import SCALES, TENS, UNITS, approx_before, parse_number

_SCORE = re.compile(r"\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b")
_SCORE_WORDS = {"win", "won", "beat", "victory", "defeat", "lost", "loss", "draw", "drew", "score", "scoreline",
                "thrashing", "triumph", "edged", "claimed", "result", "scorecard", "scorecards"}


# Things a casualty verb can take in sport, counted after the figure: "saved two penalties".
_NOT_PEOPLE = re.compile(r"\s+(?:penalt(?:y|ies)|spot[- ]kicks?|shots?|goals?|chances?|points?|match points?|"
                         r"break points?|set points?|attempts?)\b", re.I)
# "five remain in serious condition", "three of whom are in a critical condition"
_CONDITION = re.compile(r"\s+(?:(?:of\s+(?:them|whom)|people|patients|victims)\s+)?(?:(?:still|now)\s+)?"
                        r"(?:remain(?:s|ed)?|are|were|is|was|lay|lie)?\s*(?:still\s+)?in\s+(?:a\s+)?"
                        r"(serious|critical|grave)\s+condition\b", re.I)
# "two of the districts": the figure counts what comes after "of"
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+([a-z]+)\b", re.I)
# "seven people critically injured", "three of them seriously hurt": the injured in a given state
_BADLY_HURT = re.compile(r"\s+(?:(?:of\s+(?:them|whom)|people|patients|victims|passengers|workers)\s+)?"
                         r"(?:(?:were|are|was|is|have\s+been|had\s+been)\s+)?(critically|seriously|severely|gravely)\s+"
                         r"(?:injured|hurt|wounded|burned|burnt|ill)\b", re.I)
_HURT_STATE = {"critically": "critical", "seriously": "serious", "severely": "serious", "gravely": "grave"}
_CLOCK = re.compile(r"(?<![\d.,:])(?:\d{1,2}:\d{2}(?![\d:])|\d{1,2}\.\d{2}\s?[ap]\.?m\b)", re.I)


# Verbs after which "by N votes" is how far ahead one side finished.
_OF_THEM_DEAD = re.compile(r"\s+of\s+(?:them|those|whom)\s*,?\s+(?:were\s+|have\s+|had\s+|has\s+)?(?:fatal|dead|died|"
                           r"killed)\b", re.I)
_WON_BY = re.compile(r"[\s-]+(wickets?|runs?|points?|goals?|strokes?|lengths?|tries|frames?|sets?)\b", re.I)
_MARGIN_VERBS = (r"\b(?:won|wins?|winning|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|overt(?:ook|aken|akes?|aking)|edg(?:e|ed|ing)|"
                 r"led|leads?|leading|trail(?:s|ed)?|victory|held\s+on|holds?\s+on|hung\s+on|scraped\s+(?:home|through|in)|squeaked)\b")
# A number written as a word ("seven of the council's 41 seats"), from the words the number parser reads.
_NUMBER_WORD = "(?:" + "|".join(sorted((set(UNITS) - {"a", "an"}) | set(TENS) | {"hundred"}, key=len, reverse=True)) + ")"

def extract_quantities(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    claims.extend(prison_terms(ctx))
    claims.extend(contract_lengths(ctx))
    claims.extend(stoppage_minutes(ctx))
    # A score the tagger took for a span of years ("beating them 84-79") is still a score.
    covered: list[tuple[int, int]] = [(e.start, e.end) for e in ctx.ents if e.label in ("DATE", "TIME", "ORDINAL")
                                      and not _SCORE.fullmatch(e.text)]
    # Clock times ("18:05 - Toll rises", "at 9.30am") are not counts, whatever the tagger made of them.
    covered += [(m.start(), m.end()) for m in _CLOCK.finditer(ctx.text)]
    covered += [(c.start, c.end) for c in claims]
    for sent in ctx.sents:
        s0, s1 = sent.start_char, sent.end_char
        text = ctx.text[s0:s1]
        for m in _SCORE.finditer(text):
            start, end = s0 + m.start(), s0 + m.end()
            if _overlaps(covered, start, end):
                continue
            if _NEEDED.search(text[:m.start()]):
                continue  # "Rewa need to win 1-0 to go through": a score hoped for, not one played
            if any(t.lower_ in _SCORE_WORDS or t.lemma_.lower() in _SCORE_WORDS for t in sent):
                a, b = int(m.group(1)), int(m.group(2))
                kind = score_kind(text, m.start(), m.end()) or (
                    "first leg" if (stage_of(text, 0, len(text), m.start(), m.end(), LEGS)
                                    or _told(ctx, LEGS)) == "first leg" else "")
                subject, attribute = (f"{kind} score", f"score:{kind}") if kind else ("final score", "score")
                claims.append(ctx.claim(kind="quantity", subject=subject, attribute=attribute, value=m.group(0),
                                        start=start, end=end, value_type="score", norm=f"{max(a, b)}-{min(a, b)}",
                                        qualifiers={"category": "score", "unit": "score", "approx": "exact"},
                                        extractor="quantity.score", confidence=0.75))
                covered.append((start, end))
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
                claims.append(claim)
                covered.append((claim.start, claim.end))
    return claims


# Prepositions of where something stands: a figure in their phrase tells the place, not what happened.
_PLACE_PREPS = {"between", "beside", "behind", "under", "beneath", "alongside"}


def _counted_noun(num):
    """The noun a figure counts, or the first of the nouns listed with it ("58 stores and nearly 8,000 employees")."""
    noun = num.head if num.dep_ in ("nummod", "quantmod", "compound") else num
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _placed_by(num) -> bool:
    """Whether the noun a figure counts is the object of a preposition of place ("between two trucks")."""
    noun = _counted_noun(num)
    return noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS


def _had_by(num) -> bool:
    """Whether the noun a figure counts is what something has: "has 58 stores and nearly 8,000 employees"."""
    noun = _counted_noun(num)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have"


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# "on June 18 of the company's €250 million plant": the day of a month, not a part of a whole
_DAY_OF = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}$", re.I)


def _quantity(ctx: DocContext, sent, start: int, end: int, value_text: str, m) -> Claim | None:
    groups = m.groupdict() if m.re is NUMBER_RE else {}
    if groups:
        num = groups["num"]
        if re.fullmatch(r"(19|20)\d{2}", num) and not groups.get("cur") and not groups.get("scale"):
            return None  # a year
        value = parse_number(num + (" " + groups["scale"] if groups.get("scale") else ""))
    else:
        value = parse_number(value_text)
    if value is None:
        return None
    prefix = ctx.text[max(sent.start_char, start - 40):start]
    after = ctx.text[end:min(sent.end_char, end + 60)]
    if not groups.get("cur") and re.search(r"\b(?:number|No\.?|no\.)\s*$", prefix):
        return None  # "batting at number four", "No. 3 seed": a place in an order, not a count
    if groups and not groups.get("cur") and re.search(r"(?<![.!?:]\s)\b[A-Z][\w'’-]+\s+$", prefix) \
            and re.match(r"\s+(?:(?:de|del|di|da|do|of)\s+)?[A-Z][a-z]", after):
        return None  # "the Plaza 10 de Febrero", "Route 9 Bridge": a number inside a name
    # Vague amounts ("a few hundred", "thousands of") and totals ("41 of the 120 seats") are not claims.
    if not groups and (re.search(r"\b(few|several|many|some)\s+$", prefix, re.I)
                       or value_text.lower().rstrip().endswith(("hundreds", "thousands", "millions", "dozens"))):
        return None
    part = re.search(r"(?:\d|\b" + _NUMBER_WORD + r")\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                     r"(?:[\w-]+['’]s\s+)?$", prefix, re.I)
    if part and not _DAY_OF.search(prefix[:part.start() + 1]):
        return None  # "400 of the plant's 1,200 jobs", "seven of the council's 41 seats": the whole
    if not groups and value_text.lower() in SCALES and re.search(r"\d\s*$", prefix):
        return None  # "million" of a sum whose digits were read apart: not a figure of its own
    if re.match(r"\s+(?:" + "|".join(MORE_WORDS | {"other"}) + r")\b(?!\s+than)", after, re.I):
        return None  # "three more bodies", "two other officials": an increase or the others, not a total
    further = bool(re.search(r"\b(?:further|additional|extra)\s+$", prefix, re.I))
    of_total = re.match(r"\s+(?:of|out of)\s+(?:the\s+|a\s+total\s+of\s+)?[\d,]+\s+([A-Za-z]+)", after)
    currency = ""
    if groups.get("cur"):
        currency = CURRENCY[groups["cur"].lower()]
    named = None if currency else currency_after(after)
    if named is not None:
        # "720 million pesos", "5 million Guinean francs", "420 baisas" (0.42 rials): the claim shows the currency
        currency, value, shown_end = named[0], value / named[1], end + named[2]
    else:
        shown_end = end
    percent = bool(groups.get("pct"))
    worded = None if groups else re.match(r"\s*(?:percent|per cent)\b", after, re.I)
    if worded:  # "fifteen per cent"
        percent, shown_end = True, end + worded.end()
    approx_words, approx = approx_before(prefix)
    tokens = _tokens_in(ctx, start, end)
    if not tokens:
        return None
    category, noun = category_of(ctx, tokens, sent, currency, percent)
    if category is not None and not currency and not percent and _placed_by(tokens[-1]):
        return None  # "under a tarpaulin rigged between two container trucks": where something is, not a count
    # "400 of the 1,200 jobs", "all 3,100 of its unionised workers": what the figure counts comes after "of".
    of_whom = of_total or re.match(r"\s+of\s+(?:its|their|the|his|her|our)\s+(?:[a-z-]+\s+)?([a-z]+)\b", after)
    if category is None and of_whom and of_whom.group(1).lower() in WORD_CATEGORY or (
            of_total and of_total.group(1).lower() in WORD_CATEGORY):
        noun = of_whom.group(1).lower()
        category = WORD_CATEGORY[noun]
    elif category is not None and category not in CASUALTY_CATEGORIES and not currency and not percent \
            and tokens[-1].dep_ != "nummod" and (part := _PART_OF.match(after)) \
            and part.group(1).lower() not in WORD_CATEGORY and part.group(1).lower() != "people":
        # "crews fixed boreholes in X and Y, two of the districts where ...": a number of something no category
        # names, not of what the clause counts
        return None
    if category == "jobs" and noun in ("cut", "cuts") and tokens[-1].dep_ == "nummod" and tokens[-1].head.tag_ == "NNS" \
            and tokens[-1].head.lower_ not in COUNT_CATEGORIES["jobs"]:
        category = None  # "the peloton was cut to 96 riders": riders counted, not jobs cut
    measure = None
    length = length_of(tokens[-1], after) if not currency and not percent else None
    if length is not None:
        # "cut to 92 km", "38 km of the border": a length of a thing, whatever else the verb says
        category, noun = length[0], length[1]
        measure = ("length", "km", length[2])
        shown_end = end + length[3]  # the claim shows its unit: "92 km"
    elif category is not None and not currency and not percent and distance_after(after):
        return None  # "was cut to 92 km", "hospitals about 140 km away": a distance, not jobs cut or people hurt
    if category is None and not currency and not percent:
        measure = physical(after)
        if measure is not None:
            category, noun = f"amount:{measure[0]}", measure[0]
    if category is None and not currency and not percent:
        category, noun = counted_thing(tokens[-1])
    if _OF_THEM_DEAD.match(after):
        category, noun = "dead", "dead"  # "14 cases, two of them fatal": the dead among them
    won_by = _WON_BY.match(after)
    if won_by and re.search(r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$", prefix) \
            and re.search(_MARGIN_VERBS + r"|\blos(?:t|es?|ing)\b", ctx.text[max(sent.start_char, start - 90):start], re.I):
        # "beat Bangladesh by nine wickets", "won by 62 runs", "lost by 14 points": the winning margin
        unit = won_by.group(1).lower().rstrip("s")
        category, noun = f"margin:{unit}", "winning margin"
    if category is None:
        return None
    # "a further 2,147 ballots were blank or spoiled": not more votes but a count of its own
    spoilt = category == "votes" and bool(_INVALID.match(after))
    if (further or re.search(r"\banother\s+$", prefix, re.I)) and not spoilt \
            and (_counted_before(ctx, sent, start, category) or further and category == "votes"):
        return None  # "another 12 bodies were found", "a further 12": an increase of a count already given
    if category == "jobs" and noun in ("employee", "employees", "worker", "workers", "staff"):
        if any(t.lemma_.lower() in _STRIKE_WORDS for t in sent):
            category, noun = "strikers", "strikers"  # "a strike by about 4,200 workers": how many walked out
        elif not any(t.lemma_.lower() in _CUT_WORDS for t in sent):
            if not _had_by(tokens[-1]):
                return None  # "the bodies of 12 workers", "400 workers walked out": not jobs lost, nor a workforce
            category, noun = "workforce", "workforce"  # "a chain with 58 stores and 8,000 employees": its size
    if category in CASUALTY_CATEGORIES and _NOT_PEOPLE.match(after):
        return None  # "saved two penalties", "missed three chances": no one was rescued or lost
    condition = _CONDITION.match(after) or _BADLY_HURT.match(after)
    if condition and category in CASUALTY_CATEGORIES | {"hospital"}:
        # "five remain in serious condition", "seven people critically injured": a part of the injured, counted on
        # its own
        state = condition.group(1).lower()
        category = noun = f"in {_HURT_STATE.get(state, state)} condition"
    if category == "seats" and re.match(r"-(?:seat|member|strong)\b", after):
        return None  # "the 51-seat council": the size of the body, not seats anyone won
    if category == "votes" and _INVALID.match(after):
        category, noun = "invalid ballots", "invalid ballots"  # "1,874 spoiled ballots": no one's votes
    if category == "vote share" and _INVALID_SUBJECT.search(ctx.text[sent.start_char:start]):
        category, noun = "invalid ballots", "invalid ballots"  # "null and blank ballots made up 5.3 percent"
    clause = ctx.text[max(sent.start_char, start - 90):start]
    if category == "votes" and (re.search(r"\b(lead|margin|majority|ahead|difference|gap)\b(?:(?!\bvotes?\b)[^.;])*$",
                                          clause, re.I)
                                or re.search(r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$", prefix)
                                and re.search(_MARGIN_VERBS, clause, re.I)
                                and not re.match(r"\s*votes?\s+to\s+\d", after)  # "won by 15,180 votes to 14,468"
                                or re.match(r"[\s-]*votes?\s+(lead|margin|majority|ahead)\b", after, re.I)):
        # "her lead stood at seven votes", "won the last seat by 11 votes": a gap, not a tally
        category, noun = "vote margin", "margin"
    if category.startswith("percent:") and noun in _SHARE_VERBS:
        # "Lotte Brem took 12 percent": a share someone won, the same for every source only if it is the same person.
        category = "vote share" if _election_words(ctx, sent) else category
        if who_holds(ctx, tokens, sent) == "":
            return None
    listed = after_a_name(ctx, tokens[0]) if category == "vote share" else None
    holder = listed.text.split(" (")[0] if listed is not None else who_holds(ctx, tokens, sent) if _held(category) \
        else ""
    if category == "vote margin":
        holder = who_leads(ctx, tokens) or holder
    if category == "amount:deal" and currency:
        holder = deal_target(ctx, tokens)  # the business bought, to keep two deals of one buyer apart
    elif category.startswith("amount:") and currency:
        holder = money_holder(ctx, tokens)  # who pays or gets the sum, to keep two people's fines apart
    if category.startswith("percent:") and noun in _SHARE_VERBS:
        holder = who_holds(ctx, tokens, sent)
    if category.startswith("percent:") and noun in _HOLDING_VERBS:
        # "the family holds 28 per cent", "which controls 31 per cent": a stake, its holder's
        category, noun, holder = "percent:stake", "stake", subject_holder(ctx, tokens)
    if category == "percent:stake" and (verb := next((a for a in list(tokens[-1].ancestors)[:4] if a.pos_ == "VERB"),
                                                     None)) is not None and verb.lemma_.lower() in ("retain", "keep"):
        category = "percent:stake kept"  # "will retain a stake of forty percent": what the seller keeps, not sells
    if _held(category) and category != "goals" and not holder:
        return None  # "a candidate needs more than 50% of the vote": a rule, not a result
    unit = "percent" if percent else (currency or unit_after(after))
    if measure is not None:
        unit, value = measure[1], value * measure[2]
    if unit in YEARS_UNIT and category not in ("sentence", "years"):
        return None
    if category == "sentence" and unit.rstrip("s") in ("year", "month") and not percent and not currency:
        # "sentenced on Thursday to 12 years", where the tagger saw no span of time: a term like any other, in
        # months, shown with its unit
        words = re.match(r"[\s-]*[A-Za-z]+", after)
        value, unit, noun = (value * 12 if unit.startswith("year") else value), "months", "prison"
        shown_end = end + words.end()
    if category == "years" and unit not in YEARS_UNIT:
        return None
    if value_text.lower() in ("one",) and category not in ("dead", "injured", "missing"):
        return None
    if value_text.lower() == "one" and (
            tokens[0].i > 0 and ctx.doc[tokens[0].i - 1].lower_ in ("no", "any", "every", "each", "anyone")
            or tokens[-1].i + 1 >= len(ctx.doc) or ctx.doc[tokens[-1].i + 1].is_punct):
        return None  # "No one is trapped", "still lives in one": a pronoun, not a count
    conversion = bool(currency) and _after_a_sum(ctx.text[max(sent.start_char, start - 100):start])
    vstart = start - len(approx_words) - 1 if approx_words and prefix.rstrip().endswith(approx_words) else start
    vstart = max(vstart, sent.start_char)
    value_written = ctx.text[vstart:shown_end] if approx_words else ctx.text[start:shown_end]
    subject_words = {"dead": "people killed", "injured": "people injured", "missing": "people missing",
                     "evacuated": "people evacuated", "displaced": "people displaced", "arrested": "people arrested",
                     "rescued": "people rescued", "jobs": "jobs", "sentence": "prison term", "vote share": "vote share",
                     "attendance": "attendance", "turnout": "turnout", "years": "contract length",
                     "vote margin": "winning margin", "aboard": "people on board",
                     "deployed": "people deployed", "participants": "people taking part"}
    subject = subject_words.get(category, noun or category)
    if holder and not category.startswith("amount"):
        subject = f"{subject} of {holder}"
    attribute = f"count:{category}"
    if category in ("vote share", "votes", "seats", "turnout"):
        scope = count_scope(ctx.text, sent.start_char, sent.end_char, start, shown_end)
        if category != "seats":
            # a run-off's figures are its own: named in the clause, or the round the report opens with
            told = stage_of(ctx.text, sent.start_char, sent.end_char, start, shown_end) or _told(ctx, ROUNDS)
            if told == "run-off":
                scope = f"{scope}, run-off" if scope else "run-off"
        if scope:  # "a quick count gave her 38.5%", "carried Arauco province with 41.3%": another count
            subject, attribute = f"{subject} ({scope})", f"{attribute} ({scope})"
    if category in CASUALTY_CATEGORIES and _OF_THE_TOTAL.search(ctx.text[sent.start_char:start]):
        # "Of the 41 people killed across the country, 19 died in Guamote canton": a part of the count, not it
        subject, attribute = f"{subject} (part)", f"{attribute} (part)"
    if category == "attendance":
        # the crowd at the first leg of a tie is not the crowd at the second: named in the sentence, or the leg the
        # report opens with as played
        told = stage_of(ctx.text, sent.start_char, sent.end_char, start, shown_end, LEGS) or _told(ctx, LEGS)
        if told == "first leg":
            subject, attribute = f"{subject} (first leg)", f"{attribute} (first leg)"
    return ctx.claim(
        kind="quantity", subject=subject, attribute=attribute, value=value_written.strip(),
        start=vstart if approx_words else start, end=shown_end, value_type="number", norm=value,
        qualifiers={"category": category, "unit": unit or "count", "approx": approx, "noun": noun, "holder": holder,
                    **({"conversion": "yes"} if conversion else {})},
        extractor="quantity.count", confidence=0.75 if approx == "exact" else 0.65,
    )


# A sum in brackets right after another sum is the same sum in another currency: "2.6 billion kronor (about
# $240 million)", "$2m (€1.8m)".
_HEDGES = (r"(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|just over|just under|more than|over|"
           r"equivalent to|equal to|worth|or|ca\.?)")
_CONVERSION = re.compile(r"\(\s*(?:" + _HEDGES + r"\s+)?$", re.I)
# "(about $430 million, or roughly ": a second conversion in the bracket, after the first
_CONVERSION_AGAIN = re.compile(r"(?:,\s*|\s+or\s+|,\s*or\s+)(?:" + _HEDGES + r"\s+)?$", re.I)


def _after_a_sum(prefix: str) -> bool:
    """Whether ``prefix`` ends with a sum of money and an opening bracket: the figure that follows converts it."""
    m = _CONVERSION.search(prefix)
    if not m:
        again = _CONVERSION_AGAIN.search(prefix)
        if again is None:
            return False
        before = prefix[:again.start()].rstrip()
        sums = list(NUMBER_RE.finditer(before))
        last = sums[-1] if sums else None
        return last is not None and last.end() == len(before) and bool(last.group("cur")) \
            and _after_a_sum(before[:last.start()])
    before = prefix[:m.start()].rstrip()
    word = re.search(r"\s([A-Za-z]+)$", before)
    if word and word.group(1).lower() in CURRENCY and word.group(1).lower() not in NOT_CURRENCY_AFTER:
        before = before[:word.start()].rstrip()
        named = True
    else:
        named = False
    sums = list(NUMBER_RE.finditer(before))
    last = sums[-1] if sums else None
    return last is not None and last.end() == len(before) and bool(named or last.group("cur"))


_HELD_BY = {"votes", "seats", "vote share", "goals", "vote margin"}


def _held(category: str | None) -> bool:
    """Whether a figure of this category is some side's ("seats of X", "constituencies won by X")."""
    return category in _HELD_BY or bool(category) and category.endswith(" won")
_STRIKE_WORDS = {"strike", "walkout", "stoppage", "striker", "picket", "down"}  # "downed tools": "down" as a verb
_CUT_WORDS = {"cut", "lay", "axe", "shed", "lose", "eliminate", "redundant", "slash", "layoff", "close", "go"}


_INVALID_WORDS = r"(?:invalid|spoil(?:ed|t)|void|blank|null|rejected|annulled)"
_INVALID_SUBJECT = re.compile(r"\b" + _INVALID_WORDS + r"(?:\s+(?:and|or)\s+" + _INVALID_WORDS + r")?\s+(?:ballot|vote|paper)s?"
                              r"\s+(?:\w+\s+){0,3}?(?:made up|accounted for|were|was|came to|amounted to|represented)\s+"
                              r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+\w+\s+)?$", re.I)
_INVALID = re.compile(r"\s+(?:" + _INVALID_WORDS + r"\s+(?:ballot|vote|paper)s?|(?:ballot|vote)s?\s+(?:\w+\s+){0,4}?"
                      + _INVALID_WORDS + r")\b", re.I)


# Verbs of winning a share ("took 38 percent", "polled 12%").
_HOLDING_VERBS = {"hold", "own", "control"}
_SHARE_VERBS = {"take", "win", "receive", "get", "secure", "poll", "garner", "collect", "capture", "gain", "obtain",
                "score", "finish", "come", "end", "place", "trail", "lead"}  # "came third with 14.7 percent"
_ELECTION_WORDS = {"vote", "votes", "voters", "ballot", "ballots", "election", "elections", "round", "run-off",
                   "runoff", "poll", "polls", "candidate", "candidates", "mayoral", "presidential", "parliamentary",
                   "referendum", "constituency"}


_OF_THE_TOTAL = re.compile(r"^\W*Of the\s+(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+[^,;]*,\s*$", re.I)
_NEEDED = re.compile(r"\b(?:needs?|must|have to|has to|had to|would have to)\s+(?:to\s+)?(?:win|beat\s+[\w ]{1,30}?)\s+(?:by\s+)?$",
                     re.I)


def _told(ctx: DocContext, stages) -> str:
    """The stage of ``stages`` the report opens with (see ``told_stage``), worked out once per report."""
    told = ctx.__dict__.setdefault("_told_stages", {})
    if stages not in told:
        opening = ctx.sents[:4]
        if stages is LEGS:
            # the match a report tells is the one whose score it gives first: "a 2-1 win on Sunday. The first leg
            # ended 1-1" tells the later leg
            scored = next((k for k, sent in enumerate(opening) if _SCORE.search(sent.text)), None)
            opening = opening[:scored + 1] if scored is not None else opening
        told[stages] = told_stage(ctx.doc, opening, stages)
    return told[stages]


def _election_words(ctx: DocContext, sent) -> bool:
    """Whether the sentence, or the one before it, speaks of an election."""
    i = ctx.sentence_index(sent.start_char)
    first = ctx.sents[i - 1] if i > 0 else sent
    return any(t.lower_ in _ELECTION_WORDS for t in ctx.doc[first.start:sent.end])


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


def _tokens_in(ctx: DocContext, start: int, end: int) -> list:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []



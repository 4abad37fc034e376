"""Quantity claims: counts and amounts, with what they count and how exact they are.

A number becomes a claim only when its context says what it counts: the noun
it modifies ("12 people", "1,200 jobs"), the verb around it ("killed 12"), a
noun phrase naming the measure ("the death toll rose to 19", "a fee of
$40m"), or a score ("won 2-1"). Numbers written as words count too.
"""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.holders import who_holds, who_leads
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, CUT_WORDS, RISE_WORDS, SPEECH_VERBS, WORD_CATEGORY
from reconcile.extract.measures import DISTANCES, SKIP_NOUNS, YEARS_UNIT, counted_thing, physical, unit_after
from reconcile.extract.money import CURRENCY, NOT_CURRENCY_AFTER, deal_target, money_category, money_holder
from reconcile.extract.scopes import count_scope, score_kind
from reconcile.extract.terms import prison_terms
from reconcile.models import Claim
from reconcile.normalize.numbers import TENS, UNITS, approx_before, parse_number

_CODES = "|".join(sorted((k.upper() for k in CURRENCY if re.fullmatch(r"[a-z]{3}", k)), key=len, reverse=True))
_CUR_BEFORE = (r"(?P<cur>US\$|A\$|AU\$|NZ\$|C\$|CA\$|HK\$|S\$|R\$|GH¢|GH₵|\$|€|£|¥|₦|₹|₱|₩|₺|₴|₽|₪|₫|₵|৳"
               r"|(?-i:\b(?:Tk|Rs\.?|R(?=\d)|KSh|USh|TSh|Shs?(?=\s?\d)|(?:" + _CODES + r")(?=\s?\d)"
               # "P300,000" in the Philippine press, "N50 million" in Nigeria's: a large sum, never a code ("N95")
               r"|[PN](?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b))))?")
_NUMBER_RE = re.compile(
    _CUR_BEFORE + r"\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|thousand|lakhs?|crores?|bn|mn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|percent|per cent|percentage points))?",
    re.I,
)
_WORD_NUMBER = re.compile(
    r"\b(?:half\s+an?|an?\s+quarter\s+of\s+an?|three[\s-]quarters\s+of\s+an?)\s+(?:million|billion|trillion)\b|"
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|a dozen|dozens|dozen)(?:[\s-](?:and[\s-])?)?)+\b",
    re.I,
)
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
# Currency names that take a country's adjective before them ("Guinean francs", "Jamaican dollars").
_NATIONAL_CURRENCIES = r"(?:francs?|dollars?|pounds?|dinars?|pesos?|rupees?|shillings?|riyals?|rials?|dirhams?|crowns?|" \
                       r"kronor|kroner|krona|krone|lira|lire)"
_CLOCK = re.compile(r"(?<![\d.,:])(?:\d{1,2}:\d{2}(?![\d:])|\d{1,2}\.\d{2}\s?[ap]\.?m\b)", re.I)


# Verbs after which "by N votes" is how far ahead one side finished.
_MARGIN_VERBS = (r"\b(?:won|wins?|winning|beat(?:s|en)?|defeat(?:s|ed)?|overt(?:ook|aken|akes?)|edged?|led|leads?|"
                 r"trail(?:s|ed)?|victory)\b")
# A number written as a word ("seven of the council's 41 seats"), from the words the number parser reads.
_NUMBER_WORD = "(?:" + "|".join(sorted((set(UNITS) - {"a", "an"}) | set(TENS) | {"hundred"}, key=len, reverse=True)) + ")"

def extract_quantities(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    claims.extend(prison_terms(ctx))
    # A score the tagger took for a span of years ("beating them 84-79") is still a score.
    covered: list[tuple[int, int]] = [(e.start, e.end) for e in ctx.ents if e.label in ("DATE", "TIME", "ORDINAL")
                                      and not _SCORE.fullmatch(e.text)]
    # Clock times ("18:05 - Toll rises", "at 9.30am") are not counts, whatever the tagger made of them.
    covered += [(m.start(), m.end()) for m in _CLOCK.finditer(ctx.text)]
    for sent in ctx.sents:
        s0, s1 = sent.start_char, sent.end_char
        text = ctx.text[s0:s1]
        for m in _SCORE.finditer(text):
            start, end = s0 + m.start(), s0 + m.end()
            if _overlaps(covered, start, end):
                continue
            if any(t.lower_ in _SCORE_WORDS or t.lemma_.lower() in _SCORE_WORDS for t in sent):
                a, b = int(m.group(1)), int(m.group(2))
                kind = score_kind(text, m.start(), m.end())
                subject, attribute = (f"{kind} score", f"score:{kind}") if kind else ("final score", "score")
                claims.append(ctx.claim(kind="quantity", subject=subject, attribute=attribute, value=m.group(0),
                                        start=start, end=end, value_type="score", norm=f"{max(a, b)}-{min(a, b)}",
                                        qualifiers={"category": "score", "unit": "score", "approx": "exact"},
                                        extractor="quantity.score", confidence=0.75))
                covered.append((start, end))
        spans = [(m.start(), m.end(), m) for m in _NUMBER_RE.finditer(text)]
        spans += [(m.start(), m.end(), m) for m in _WORD_NUMBER.finditer(text)]
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


# Verbs whose object is the people a disaster killed or injured: "killed three workers", "injured 17 miners".
_HARM_VERBS = {"kill", "injure", "wound", "hurt"}
_STAFF_NOUNS = {"people", "person", "worker", "staff", "employee", "staffer", "workforce"}
_STAFF_VERBS = {"employ", "hire", "recruit", "create", "provide", "retain", "keep", "have"}
_CREATE_VERBS = {"hire", "recruit", "create", "provide"}
_KEEP_VERBS = {"keep", "retain"}  # "pledged to keep all 640 employees": the workforce there is, not new jobs


# Counts of things, places and buildings: the figure must count the noun itself ("62 stores", "300 homes", "23
# vehicles"), not stand beside it ("tanker trucks carry about 10,000 barrels").
_THING_CATEGORIES = {"sites", "buildings", "vehicles", "witnesses", "complaints"}


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


def _quantity(ctx: DocContext, sent, start: int, end: int, value_text: str, m) -> Claim | None:
    groups = m.groupdict() if m.re is _NUMBER_RE else {}
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
    if groups and not groups.get("cur") and re.search(r"(?<![.!?:]\s)\b[A-Z][\w'’-]+\s+$", prefix) \
            and re.match(r"\s+(?:(?:de|del|di|da|do|of)\s+)?[A-Z][a-z]", after):
        return None  # "the Plaza 10 de Febrero", "Route 9 Bridge": a number inside a name
    # Vague amounts ("a few hundred", "thousands of") and totals ("41 of the 120 seats") are not claims.
    if not groups and (re.search(r"\b(few|several|many|some)\s+$", prefix, re.I)
                       or value_text.lower().rstrip().endswith(("hundreds", "thousands", "millions", "dozens"))):
        return None
    if re.search(r"(?:\d|\b" + _NUMBER_WORD + r")\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                 r"(?:[\w-]+['’]s\s+)?$", prefix, re.I):
        return None  # "400 of the plant's 1,200 jobs", "seven of the council's 41 seats": the whole
    if re.match(r"\s+(?:more|further|additional|extra|other)\b(?!\s+than)", after, re.I):
        return None  # "three more bodies", "two other officials": an increase or the others, not a total
    further = bool(re.search(r"\b(?:further|additional|extra)\s+$", prefix, re.I))
    of_total = re.match(r"\s+(?:of|out of)\s+(?:the\s+|a\s+total\s+of\s+)?[\d,]+\s+([A-Za-z]+)", after)
    currency = ""
    if groups.get("cur"):
        currency = CURRENCY[groups["cur"].lower()]
    # "1.2 billion US dollars", "5 million Guinean francs": a currency named with its country's adjective
    nxt = re.match(r"\s*(?:U\.?S\.?\s+(?=dollars?\b)|[A-Z][a-z]+\s+(?=" + _NATIONAL_CURRENCIES + r"\b))?([A-Za-z$€£]+)",
                   after)
    if not currency and nxt and nxt.group(1).lower() in CURRENCY and nxt.group(1).lower() not in NOT_CURRENCY_AFTER:
        currency = CURRENCY[nxt.group(1).lower()]
        shown_end = end + nxt.end()  # the claim shows the currency named after the figure: "720 million pesos"
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
    category, noun = _category(ctx, tokens, sent, currency, percent)
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
    measure = None
    if category is None and not currency and not percent:
        measure = physical(after)
        if measure is not None:
            category, noun = f"amount:{measure[0]}", measure[0]
    if category is None and not currency and not percent:
        category, noun = counted_thing(tokens[-1])
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
    if category == "votes" and (re.search(r"\b(lead|margin|majority|ahead)\b(?:(?!\bvotes?\b)[^.;])*$", clause, re.I)
                                or re.search(r"\bby\s+$", prefix) and re.search(_MARGIN_VERBS, clause, re.I)
                                or re.match(r"[\s-]*votes?\s+(lead|margin|majority|ahead)\b", after, re.I)):
        # "her lead stood at seven votes", "won the last seat by 11 votes": a gap, not a tally
        category, noun = "vote margin", "margin"
    if category.startswith("percent:") and noun in _SHARE_VERBS:
        # "Lotte Brem took 12 percent": a share someone won, the same for every source only if it is the same person.
        category = "vote share" if _election_words(ctx, sent) else category
        if who_holds(ctx, tokens, sent) == "":
            return None
    listed = _after_a_name(ctx, tokens[0]) if category == "vote share" else None
    holder = listed.text.split(" (")[0] if listed is not None else who_holds(ctx, tokens, sent) if category in _HELD_BY \
        else ""
    if category == "vote margin":
        holder = who_leads(ctx, tokens) or holder
    if category == "amount:deal" and currency:
        holder = deal_target(ctx, tokens)  # the business bought, to keep two deals of one buyer apart
    elif category.startswith("amount:") and currency:
        holder = money_holder(ctx, tokens)  # who pays or gets the sum, to keep two people's fines apart
    if category.startswith("percent:") and noun in _SHARE_VERBS:
        holder = who_holds(ctx, tokens, sent)
    if category in _HELD_BY and category != "goals" and not holder:
        return None  # "a candidate needs more than 50% of the vote": a rule, not a result
    unit = "percent" if percent else (currency or unit_after(after))
    if measure is not None:
        unit, value = measure[1], value * measure[2]
    if unit in YEARS_UNIT and category not in ("sentence", "years"):
        return None
    if unit in DISTANCES and category in CASUALTY_CATEGORIES | {"aboard", "deployed", "attendance"}:
        return None  # "taken to hospitals in the city, about 140 km away": a distance, not how many were hurt
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
    conversion = bool(currency) and _after_a_sum(prefix)
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
        if scope:  # "a quick count gave her 38.5%", "carried Arauco province with 41.3%": another count
            subject, attribute = f"{subject} ({scope})", f"{attribute} ({scope})"
    return ctx.claim(
        kind="quantity", subject=subject, attribute=attribute, value=value_written.strip(),
        start=vstart if approx_words else start, end=shown_end, value_type="number", norm=value,
        qualifiers={"category": category, "unit": unit or "count", "approx": approx, "noun": noun, "holder": holder,
                    **({"conversion": "yes"} if conversion else {})},
        extractor="quantity.count", confidence=0.75 if approx == "exact" else 0.65,
    )


# A sum in brackets right after another sum is the same sum in another currency: "2.6 billion kronor (about
# $240 million)", "$2m (€1.8m)".
_CONVERSION = re.compile(r"\(\s*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|just over|"
                         r"just under|more than|over|equivalent to|equal to|worth|or|ca\.?)\s+)?$", re.I)


def _after_a_sum(prefix: str) -> bool:
    """Whether ``prefix`` ends with a sum of money and an opening bracket: the figure that follows converts it."""
    m = _CONVERSION.search(prefix)
    if not m:
        return False
    before = prefix[:m.start()].rstrip()
    word = re.search(r"\s([A-Za-z]+)$", before)
    if word and word.group(1).lower() in CURRENCY and word.group(1).lower() not in NOT_CURRENCY_AFTER:
        before = before[:word.start()].rstrip()
        named = True
    else:
        named = False
    sums = list(_NUMBER_RE.finditer(before))
    last = sums[-1] if sums else None
    return last is not None and last.end() == len(before) and bool(named or last.group("cur"))


# Percentages that state a rule or a goal, not a finding.
_RULE_NOUNS = {"threshold", "majority", "target", "limit", "requirement", "quorum", "cap", "minimum", "maximum"}
_RULE_AFTER = re.compile(r"\s*(?:threshold|needed|required|requirement|minimum|mark|barrier|hurdle|quorum|target|cap|"
                         r"limit)\b", re.I)
_RULE_BEFORE = re.compile(r"\b(?:threshold|minimum|quorum|target|limit|cap) of\s+(?:at least\s+|just\s+)?$", re.I)


def _turnout_near(ctx: DocContext, sent, start: int, end: int) -> bool:
    """Whether the word "turnout" in the sentence goes with this percentage: close to it, with no other percentage
    between them ("Turnout was 37%, well above the 25% required": 37%, not 25%)."""
    text = ctx.text[sent.start_char:sent.end_char]
    figures = [(sent.start_char + m.start("num"), sent.start_char + m.end()) for m in _NUMBER_RE.finditer(text)
               if m.group("pct")]
    for m in re.finditer(r"\bturnout\b", text, re.I):
        t = sent.start_char + m.start()
        if t >= end:
            if re.fullmatch(r"[\s-]*(?:voter\s+)?", ctx.text[end:t]):
                return True  # "a 37% turnout"
            continue
        lo, hi = t, start
        if hi - lo > 80:
            continue
        if not any(lo <= a < hi and not (a < end and start < b) for a, b in figures):
            return True
    return False


_HELD_BY = {"votes", "seats", "vote share", "goals", "vote margin"}
_STRIKE_WORDS = {"strike", "walkout", "stoppage", "striker", "picket", "down"}  # "downed tools": "down" as a verb
_CUT_WORDS = {"cut", "lay", "axe", "shed", "lose", "eliminate", "redundant", "slash", "layoff", "close", "go"}


_INVALID_WORDS = r"(?:invalid|spoil(?:ed|t)|void|blank|null|rejected|annulled)"
_OF_THE_OFFER = re.compile(r"\s*(?:%|percent|per cent)?\s+of\s+the\s+(?:(?:new\s+)?shares\s+(?:on\s+offer|offered|sold)|"
                           r"offer|offering|issue|float)\b", re.I)
_INVALID_SUBJECT = re.compile(r"\b" + _INVALID_WORDS + r"(?:\s+(?:and|or)\s+" + _INVALID_WORDS + r")?\s+(?:ballot|vote|paper)s?"
                              r"\s+(?:\w+\s+){0,3}?(?:made up|accounted for|were|was|came to|amounted to|represented)\s+"
                              r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+\w+\s+)?$", re.I)
_INVALID = re.compile(r"\s+(?:" + _INVALID_WORDS + r"\s+(?:ballot|vote|paper)s?|(?:ballot|vote)s?\s+(?:\w+\s+){0,4}?"
                      + _INVALID_WORDS + r")\b", re.I)


# Verbs of winning a share ("took 38 percent", "polled 12%").
_SHARE_VERBS = {"take", "win", "receive", "get", "secure", "poll", "garner", "collect", "capture", "gain", "obtain",
                "score", "finish", "come", "end", "place", "trail", "lead"}  # "came third with 14.7 percent"
_ELECTION_WORDS = {"vote", "votes", "voters", "ballot", "ballots", "election", "elections", "round", "run-off",
                   "runoff", "poll", "polls", "candidate", "candidates", "mayoral", "presidential", "parliamentary",
                   "referendum", "constituency"}


def _election_words(ctx: DocContext, sent) -> bool:
    """Whether the sentence, or the one before it, speaks of an election."""
    i = ctx.sentence_index(sent.start_char)
    words = [t.lower_ for t in sent] + ([t.lower_ for t in ctx.sents[i - 1]] if i > 0 else [])
    return any(w in _ELECTION_WORDS for w in words)


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


_CASUALTY_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:still\s+)?(missing|dead|injured|wounded|unaccounted)\b")


_CATCH_VERBS = {"develop", "contract", "catch"}
_ILLNESS_NOUNS = {"infection", "disease", "illness", "virus", "fever", "symptom"}


def _casualty_verb(noun):
    """ "Thirty crew were treated in hospital", "six miners were dead", "the fire killed three workers": the
    counted people are the subject of a casualty verb or adjective, or the object of one that kills or injures,
    which says what the count is, whatever the people are called."""
    if WORD_CATEGORY.get(noun.lower_) in CASUALTY_CATEGORIES:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _HARM_VERBS:
        return WORD_CATEGORY[verb.lemma_.lower()], verb.lemma_.lower()
    # "the two patients who died": the verb of a relative clause on the counted people
    told = [ch for ch in noun.children if ch.dep_ == "relcl"
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that") for g in ch.children)]
    if noun.dep_ not in ("nsubj", "nsubjpass") and not told:
        return None
    verbs = told or [verb]
    if any(v.lemma_.lower() in _CATCH_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _ILLNESS_NOUNS
                                                   for ch in v.children) for v in verbs):
        return "cases", "infected"  # "11 patients had developed bloodstream infections"
    words = [w for v in verbs for w in [v] + [ch for ch in v.children if ch.dep_ in ("acomp", "oprd")]]
    for w in words:
        for word in (w.lower_, w.lemma_.lower()):
            if WORD_CATEGORY.get(word) in CASUALTY_CATEGORIES:
                return WORD_CATEGORY[word], word
    return None


def _tokens_in(ctx: DocContext, start: int, end: int) -> list:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _after_a_name(ctx: DocContext, tok):
    """The person or party whose name the number follows in a list, perhaps with a bracket between ("Ivo Kral (ODS)
    9.6%")."""
    i = tok.i - 1
    if i >= 0 and ctx.doc[i].text == ")":
        while i >= 0 and ctx.doc[i].text != "(" and tok.i - i < 10:
            i -= 1
        i -= 1
    ent = ctx.ent_at_token(i) if i >= 0 else None
    return ent if ent is not None and ent.label in ("PERSON", "ORG") else None


# A share by which something goes down or up, whatever the verb: "cut by 15%" and "will fall by 15%" are one.
_CHANGE = {**{w: "cut" for w in CUT_WORDS}, **{w: "rise" for w in RISE_WORDS}}
_SIDES = {**{w: ":demanded" for w in ("demand", "seek", "want", "ask", "claim")},
          **{w: ":offered" for w in ("offer", "propose", "table")}}


def _category(ctx: DocContext, tokens: list, sent, currency: str, percent: bool) -> tuple[str | None, str]:
    """What the number counts, from the words that govern it; ``None`` when nothing says."""
    last = tokens[-1]
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else last
    candidates = [head]
    # "the new cases are all among the 43 people on dialysis": the people the cases are drawn from, counted by
    # their own noun, not by the clause's subject
    pool = head.dep_ == "pobj" and head.head.lower_ == "among"
    # "the road was cut by landslides in at least two places": things counted where the act happened are counted
    # by their own noun, not by the act
    pool = pool or (head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "across") and last.dep_ == "nummod"
                    and head.pos_ == "NOUN" and not currency and not percent)
    if head is last and last.dep_ == "pobj" and head.head.lower_ in ("from", "to") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
        return None, ""  # "cut to four years from the five he was given": the thing counted is told before
    if head.dep_ in ("pobj",) and head.head.dep_ == "prep" and not pool:
        candidates.append(head.head.head)
    if head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj", "npadvmod", "appos", "conj") and not pool:
        candidates.append(head.head)
        if head.head.head.i != head.head.i:
            candidates.append(head.head.head)
    for c in list(candidates):
        if c.lemma_.lower() in SPEECH_VERBS:
            continue  # "three suspects will appear in court, the police said": the police are who speaks
        candidates.extend(ch for ch in c.children
                          if ch.dep_ in ("amod", "acl", "compound", "nsubj", "nsubjpass", "acomp"))
    if percent:
        # A results list often names the measure in the sentence before ("Preliminary results: ... 9.6%").
        previous = ctx.sents[ctx.sentence_index(sent.start_char) - 1] if sent.start_char > 0 else sent
        window = {t.lower_ for t in sent} | {t.lower_ for t in previous}
        follow = ctx.text[last.idx + len(last.text):sent.end_char]
        lead = ctx.text[sent.start_char:tokens[0].idx]
        if _RULE_AFTER.match(follow) or _RULE_BEFORE.search(lead):
            return None, ""  # "the 25% required for a valid result", "a threshold of 5%"
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if _turnout_near(ctx, sent, tokens[0].idx, last.idx + len(last.text)) or (
                verb is not None and verb.lemma_.lower() == "turn"
                and any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in verb.children)):
            return "turnout", "turnout"  # "Turnout was 37%", "on a turnout of 37%", "37% of voters turned out"
        if _of_a_company(ctx, last):
            return "percent:stake", "stake"  # "will take 70 percent of Cerrado Foods": a stake in it
        if _OF_THE_OFFER.match(follow):
            return "percent:offer", "offer"  # "took 25 percent of the shares on offer": a part of a share sale
        if window & {"vote", "votes", "ballots", "ballot"}:
            return "vote share", "vote"
        if window & {"result", "results"} and _after_a_name(ctx, tokens[0]) is not None:
            return "vote share", "vote"  # "Preliminary results: Greta Maris (Liberals) 43.6%; Pavel Dusek 33.7%"
        for c in candidates[:3]:
            if c.lemma_.lower() in _RULE_NOUNS:
                return None, ""
            if c.pos_ in ("NOUN", "VERB") and c.lower_ not in ("percent", "%", "cent") \
                    and c.lemma_.lower() not in _RULE_NOUNS | {"be", "have", "say"}:
                if c.dep_ == "acl" and c.lemma_.lower() not in _CHANGE:
                    verb = next((a for a in c.head.ancestors if a.pos_ == "VERB"), None)
                    if verb is not None and verb.lemma_.lower() in _CHANGE:
                        c = verb  # "cut tariffs on freight moving between them by 15 percent": the cut
                word = _CHANGE.get(c.lemma_.lower(), c.lemma_.lower())
                # "demanding a 12% pay rise" and "offered a rise of four per cent": two sides' figures.
                side = next((_SIDES[a.lemma_.lower()] for a in [c, *c.ancestors][:4] if a.lemma_.lower() in _SIDES), "")
                return f"percent:{word}{side}", word
        return None, ""
    if currency:
        return money_category(ctx, tokens, sent, candidates)
    if head.lower_ in ("times", "time") and last.dep_ == "nummod":
        return None, ""  # "we have marched three times before": how often, not how many
    casualty = _casualty_verb(head)
    if casualty is not None:
        return casualty
    if any(c.lemma_.lower() == "take" and any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in c.children)
           for c in candidates[1:3]):
        return "participants", "took part"  # "more than 10,000 people took part"
    if _came_to_see(candidates[:3]):
        return "attendance", "attendance"  # "the festival drew 31,000 people", "24,000 came through the gates"
    if head.lemma_.lower() in _STAFF_NOUNS and head.head.lemma_.lower() in _STAFF_VERBS:
        verb = head.head
        if verb.lemma_.lower() in _CREATE_VERBS or verb.lemma_.lower() not in _KEEP_VERBS and any(
                ch.dep_ == "aux" and ch.lower_ in ("will", "would", "to", "'ll") for ch in verb.children):
            return "jobs", "jobs"  # "will employ 2,100 people": the jobs a project creates ("1,200 new jobs")
        return "workforce", "workforce"  # "employs about 3,500 people": not the jobs a plan cuts
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    after_word = _CASUALTY_AFTER.match(follow)
    if after_word and WORD_CATEGORY.get(head.lower_) not in CASUALTY_CATEGORIES:
        word = after_word.group(1).lower()
        return WORD_CATEGORY[word], word  # "leaving 11 missing", "8 villagers still missing"
    for c in candidates:
        if c.lemma_.lower() == "term" and last.dep_ == "nummod" and last.head.i == c.i:
            return None, ""  # "ran the municipality for two terms": terms of office counted, not a prison term
        for word in (c.lower_, c.lemma_.lower()):
            if word in WORD_CATEGORY and not (c.lower_ in SKIP_NOUNS and WORD_CATEGORY[word] != "sentence") and not (
                    WORD_CATEGORY[word] == "charges" and c.pos_ == "VERB"):  # "had counted 540 cases"
                if WORD_CATEGORY[word] in _THING_CATEGORIES and c.i != head.i and last.dep_ == "nummod" \
                        and head.pos_ in ("NOUN", "PROPN"):
                    continue  # "home to about 600 people", "trucks carry 10,000 barrels": not places or vehicles
                if WORD_CATEGORY[word] == "candidates" and tokens[0].i > 0 \
                        and ctx.doc[tokens[0].i - 1].lower_ in ("between", "the", "both"):
                    return None, ""  # "to choose between two candidates": the run-off's pair, not the field
                if WORD_CATEGORY[word] == "defendants" and c.i >= 2 and ctx.doc[c.i - 1].text == "-" \
                        and ctx.doc[c.i - 2].lower_ == "co":
                    return "co-defendants", "co-" + word  # "with two co-accused", cut in three by the tokenizer
                return WORD_CATEGORY[word], word
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    if re.match(r"\s+(?:people|persons)?\s*(?:on board|aboard|onboard)\b", follow, re.I):
        return "aboard", "people on board"  # "with about 80 people on board": passengers and crew together
    risen = _risen_measure(tokens[-1])
    if risen is not None:
        return risen
    # "Death toll remains at 4": the measure named a few words before, where no verb of change leads to the
    # figure (``_risen_measure``).
    left = [t for t in sent if t.i < tokens[0].i][-6:]
    for t in reversed(left):
        if t.lower_ in ("toll",) or (t.lower_ in WORD_CATEGORY and WORD_CATEGORY[t.lower_] in ("dead", "injured")):
            return WORD_CATEGORY.get(t.lower_, "dead"), t.lower_
    return None, ""



# Verbs of bringing people to an event, and what they came through to get in.
_DRAW_VERBS = {"draw", "attract", "welcome"}
_GATES = {"gate", "gates", "turnstile", "turnstiles", "door", "doors"}


def _came_to_see(candidates: list) -> bool:
    """Whether the verb a headcount hangs from says people came to an event: "drew 31,000 people", "attracted
    40,000 visitors", "24,000 people came through the gates"; people counted as something else ("drew 28
    candidates") are that."""
    for c in candidates:
        if c.pos_ != "VERB":
            continue
        objects = [ch for ch in c.children if ch.dep_ == "dobj"]
        if c.lemma_.lower() in _DRAW_VERBS and objects and not any(
                o.lower_ in WORD_CATEGORY or o.lemma_.lower() in WORD_CATEGORY for o in objects):
            return True  # not "the by-election has drawn 28 candidates"
        if c.lemma_.lower() in ("come", "pass", "go") and any(
                p.dep_ == "prep" and p.lower_ == "through" and any(o.lemma_.lower() in _GATES for o in p.children)
                for p in c.children):
            return True
    return False


# Verbs a figure rises, falls or is brought to: "rose to 14", "stood at 16", "bringing the toll to 26".
_RISE_VERBS = CUT_WORDS | RISE_WORDS | {"reach", "stand", "bring", "jump", "mount", "hit", "soar", "swell", "push",
                                        "take", "put", "go"}


def _risen_measure(num) -> tuple[str, str] | None:
    """What a figure a count rose to counts, named anywhere in the subject of the verb (or the object of
    "bring"): "The number of people killed in the landslide in the district rose to 14", "bringing the death
    toll from the landslide that buried the village to 26", "the number of people confirmed dead in last week's
    capsizing has risen to 27" (where the parser makes "confirmed" the verb and "has risen" its conjunct, or
    the other way round)."""
    prep = num.head if num.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("to", "at"):
        return None
    verb = next((v for v in [prep.head, *prep.head.ancestors][:6] if v.lemma_.lower() in _RISE_VERBS), None)
    if verb is None:
        return None
    measure = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not measure:
        # The parser made "confirmed" the verb of the subject and hung "has risen" beside it or above it.
        beside = ([verb.head] if verb.dep_ == "conj" else []) + [
            c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i]
        measure = [c for b in beside for c in b.children if c.dep_ in ("nsubj", "nsubjpass", "oprd", "acomp")]
    for t in (t for m in measure for t in m.subtree):
        word = WORD_CATEGORY.get(t.lower_) or WORD_CATEGORY.get(t.lemma_.lower())
        if word in CASUALTY_CATEGORIES:
            return word, t.lower_
        if t.lower_ == "toll":
            return "dead", "toll"
    return None


def _of_a_company(ctx: DocContext, percent) -> bool:
    """ "70 percent of Cerrado Foods", "a 75 percent stake in it": a share of a company named right after."""
    if percent.head.lemma_.lower() == "stake":
        return True
    for prep in percent.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                ent = ctx.ent_at_token(obj.i) if obj.dep_ == "pobj" else None
                if ent is not None and ent.label == "ORG":
                    return True
    return False

"""A figure as a sum of money or a share: the currency written with it, a sum that gives the one before it in
another currency, whose sum it is, and a percent share someone won or a stake someone holds. What a sum pays for
is ``money.money_category``."""

from __future__ import annotations

import re
from collections import Counter

from reconcile.extract.context import DocContext
from reconcile.extract.currencies import (
    CURRENCY,
    NOT_CURRENCY_AFTER,
    SHARED_NAMES,
    country_currency,
    currency_after,
    national_currency,
)
from reconcile.extract.figure_spans import NUMBER_RE, Figure
from reconcile.extract.holders import HOLD_VERBS, stake_holder, subject_holder, who_holds
from reconcile.extract.lexicon import SHARE_VERBS
from reconcile.extract.money_holders import deal_target, money_holder
from reconcile.extract.votes import election_words
from reconcile.normalize.numbers import approx_before


def currency_of(ctx: DocContext, groups: dict, after: str, value: float, end: int) -> tuple[str, float, int]:
    """A figure's currency, its value in that currency and where the claim's words end: the sign or code before
    the figure ("$40m"), else the currency named after it; ("", value, end) for a figure that is no sum. A name
    several countries' currencies have ("Sh21 billion", "K412 million", bare "pounds") is the currency of that
    name of the report's country (``home_currency``)."""
    currency = ""
    if groups.get("cur"):
        currency = CURRENCY[groups["cur"].lower()]
    named = None if currency else currency_after(after)
    if named is not None:
        # "720 million pesos", "5 million Guinean francs", "420 baisas" (0.42 rials): the claim shows the currency
        code = named[0]
        if code == "GBP" and _BARE_POUNDS.match(after):
            code = home_currency(ctx, "pounds") or code  # "100,000 pounds" in a report from Egypt
        elif code in SHARED_NAMES:
            code = home_currency(ctx, SHARED_NAMES[code]) or code
        return code, value / named[1], end + named[2]
    if currency in SHARED_NAMES:
        currency = home_currency(ctx, SHARED_NAMES[currency]) or currency  # "Sh21.3 billion" in a report from Kenya
    return currency, value, end


_BARE_POUNDS = re.compile(r"\s*pounds?\b", re.I)
_NATIONAL_NAME = re.compile(r"\b([A-Z][a-z]+) (pounds?|shillings?|pesos?|rupees?|dinars?|dirhams?|riyals?|rials?|"
                            r"kwacha|manats?|crowns?)\b")


def home_currency(ctx: DocContext, name: str) -> str:
    """The code of the currency a report means by a name several countries' currencies have ("pounds",
    "shillings", "kwacha"): the one it names with a country's adjective ("Egyptian pounds", "Kenyan shillings"),
    else the currency of that name of the country it names most; "" when that country's currency has another name
    (and "pounds" are sterling)."""
    for m in _NATIONAL_NAME.finditer(ctx.text):
        if m.group(2).lower().removesuffix("s") == name.removesuffix("s") and (
                code := national_currency(m.group(1), name)):
            return code
    named = [p.country for p in ctx.home_places if p.kind == "country"]
    countries = Counter(named or [p.country for p in ctx.home_places])
    return country_currency(countries.most_common(1)[0][0], name) if countries else ""


# A modal and the verb of what is allowed, before "up to" a sum: the sum is the limit a rule sets.
_MAY = re.compile(r"\b(?:may|can|could|allowed\s+to|permitted\s+to|entitled\s+to)\s+(?:\w+\s+){0,2}?\w+$", re.I)


def limit_of_a_rule(f: Figure) -> None:
    """ "Candidates may spend up to €250,000", "no more than €200,000": the most a rule allows is the limit, a
    figure of its own, not a bound of what was spent."""
    words, approx = approx_before(f.prefix)
    if approx == "upper" and f.currency and _MAY.search(f.prefix[:len(f.prefix) - len(words)].rstrip()):
        f.category, f.noun = "amount:limit", "limit"


def share_won(ctx: DocContext, f: Figure) -> bool:
    """A percent share won in an election is a vote share; False for a share no one is named as winning."""
    if f.category.startswith("percent:") and f.noun in SHARE_VERBS:
        # "Lotte Brem took 12 percent": a share someone won, the same for every source only if it is the same person.
        f.category = "vote share" if election_words(ctx, f.sent) else f.category
        if who_holds(ctx, f.tokens, f.sent) == "":
            return False
    return True


def whose_sum_or_stake(ctx: DocContext, f: Figure) -> None:
    """The holder of a sum (who pays or gets it, or the business a deal buys), of a share won and of a stake held,
    and a stake kept told from one sold."""
    if f.category == "amount:deal" and f.currency:
        f.holder = deal_target(ctx, f.tokens)  # the business bought, to keep two deals of one buyer apart
    elif f.category.startswith("amount:") and f.currency:
        f.holder = money_holder(ctx, f.tokens)  # who pays or gets the sum, to keep two people's fines apart
    if f.category.startswith("percent:") and f.noun in SHARE_VERBS:
        f.holder = who_holds(ctx, f.tokens, f.sent)
    if f.category.startswith("percent:") and f.noun in HOLD_VERBS:
        # "the family holds 28 per cent", "which controls 31 per cent": a stake, its holder's
        f.category, f.noun, f.holder = "percent:stake", "stake", subject_holder(ctx, f.tokens)
    if f.category == "percent:stake" and not f.holder:
        f.holder = stake_holder(ctx, f.tokens)  # "X will hold a 25 percent stake", "70% owned by X"
    if f.category == "percent:stake" and (verb := next((a for a in list(f.tokens[-1].ancestors)[:4]
                                                        if a.pos_ == "VERB"), None)) is not None \
            and verb.lemma_.lower() in ("retain", "keep"):
        f.category = "percent:stake kept"  # "will retain a stake of forty percent": what the seller keeps, not sells
    if f.category == "percent:stake" and _OPTION_BEFORE.search(ctx.text[f.sent.start_char:f.start]):
        # "an option to raise its stake to 51%", "the option to move to a 51 per cent controlling stake": a stake
        # that may be held later, not the one the deal buys
        f.category, f.noun = "percent:stake option", "stake option"


_OPTION_BEFORE = re.compile(r"\b(?:option|right)\s+to\s+[^.;]{0,40}$", re.I)


# A sum in brackets right after another sum is the same sum in another currency: "2.6 billion kronor (about
# $240 million)", "$2m (€1.8m)".
_HEDGES = (r"(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|just over|just under|more than|over|"
           r"equivalent to|equal to|worth|or|ca\.?)")
_CONVERSION = re.compile(r"\(\s*(?:" + _HEDGES + r"\s+)?$", re.I)
# "(about $430 million, or roughly ": a second conversion in the bracket, after the first
_CONVERSION_AGAIN = re.compile(r"(?:,\s*|\s+or\s+|,\s*or\s+)(?:" + _HEDGES + r"\s+)?$", re.I)


# "GH₵4.1 billion, or about $342 million", "2.8 million Congolese francs each, about US$1,000": a sum in another
# currency after "or", or after "about" right after the sum, gives the same sum again.
_CONVERSION_OR = re.compile(r",\s*or\s+(?:" + _HEDGES + r"\s+)?$|(?:\s+each)?,\s*(?:about|around|approximately|"
                            r"roughly|some|nearly|almost)\s+$", re.I)


def converts(prefix: str, currency: str) -> bool:
    """Whether a sum in ``currency`` after ``prefix`` converts the sum before it: in brackets after it ("2.6
    billion kronor (about $240 million)"), or after ", or" or ", about" when the sum before is in another
    currency."""
    if after_a_sum(prefix):
        return True
    m = _CONVERSION_OR.search(prefix)
    return m is not None and _currency_ending(prefix[:m.start()].rstrip()) not in ("", currency)


def _currency_ending(text: str) -> str:
    """The currency of the sum ``text`` ends with, by its sign ("GH₵4.1 billion") or its name ("2.8 million
    Congolese francs"); "" when it ends with no sum."""
    sums = list(NUMBER_RE.finditer(text))
    if not sums:
        return ""
    last, rest = sums[-1], text[sums[-1].end():]
    if not rest:
        return CURRENCY.get((last.group("cur") or "").lower(), "")
    named = currency_after(rest)
    return named[0] if named is not None and named[2] == len(rest) else ""


def _sum_ending(text: str):
    """The figure ``text`` ends with (NUMBER_RE's match), or None."""
    sums = list(NUMBER_RE.finditer(text))
    return sums[-1] if sums and sums[-1].end() == len(text) else None


def after_a_sum(prefix: str) -> bool:
    """Whether ``prefix`` ends with a sum of money and an opening bracket: the figure that follows converts it."""
    m = _CONVERSION.search(prefix)
    if not m:
        again = _CONVERSION_AGAIN.search(prefix)
        if again is None:
            return False
        before = prefix[:again.start()].rstrip()
        last = _sum_ending(before)
        return last is not None and bool(last.group("cur")) and after_a_sum(before[:last.start()])
    before = prefix[:m.start()].rstrip()
    word = re.search(r"\s([A-Za-z]+)$", before)
    if word and word.group(1).lower() in CURRENCY and word.group(1).lower() not in NOT_CURRENCY_AFTER:
        before = before[:word.start()].rstrip()
        named = True
    else:
        named = False
    last = _sum_ending(before)
    return last is not None and bool(named or last.group("cur"))

"""Sums of money: what a sum is (a deal's price, a fine, a bribe, a loss, a level reached), from the words after
it, what it pays for and the words that govern it. The currency is read by ``currencies``, who pays or gets a sum
by ``money_holders`` and what a payment is for by ``money_purposes``."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.currencies import currency_after
from reconcile.extract.figure_spans import NUMBER_RE
from reconcile.extract.lexicon import LOAN_NOUNS, MONEY_NOUNS
from reconcile.extract.money_holders import PART_NOUNS, PURCHASE_VERBS
from reconcile.extract.money_holders import sum_head as _sum_head
from reconcile.extract.money_purposes import (
    BOUGHT_NOUNS,
    BRIBERY,
    RECEIVE_VERBS,
    from_someone,
    in_return,
    paid_for_a_business,
    purpose_phrase,
)
from reconcile.normalize.numbers import parse_ordinal

# Nouns for the headline value of a deal, whatever the outlet calls it.
_DEAL_WORDS = {"deal", "takeover", "acquisition", "purchase", "merger", "offer", "bid", "sale", "buyout", "value",
               "valuation",
               "transfer", "fee", "package", "debt", "price", "contract", "stake",
               "release", "clause"}  # a release (buyout) clause is what a buying club pays


_RESULT_VERBS = {"lose": "loss", "earn": "profit", "raise": "funding", "borrow": "financing",
                 "owe": "debt", "spend": "cost", "cost": "cost", "repay": "restitution", "reimburse": "restitution",
                 "refund": "restitution", "contribute": "contribution", "donate": "donation", "fine": "fine",
                 "embezzle": "embezzlement", "steal": "embezzlement", "misappropriate": "embezzlement",
                 "divert": "embezzlement", "launder": "laundering", "invest": "cost", "pledge": "aid",
                 "release": "payment",
                 "recover": "recovered", "seize": "seized",
                 # a sum asked for: "seeking $45m through an urgent appeal", not what donors then pledge
                 "seek": "appeal", "request": "appeal"}

# The acts those verbs name: "the diversion of N6.9 billion" is the sum "diverting N6.9 billion" tells.
_RESULT_NOUNS = {"diversion": "embezzlement", "embezzlement": "embezzlement", "misappropriation": "embezzlement",
                 "theft": "embezzlement", "laundering": "laundering", "appeal": "appeal"}  # "an appeal for $45 million"

# Verbs of a sum asked for, in a clause on the sum.
_ASKED_FOR = {"ask", "seek", "request"}
_APPEAL_FOR = re.compile(r"\bappeals?\s+for\s+(?:[a-z]+\s+){0,2}$", re.I)

# Who a prize is paid to.
_WINNERS = {"winner", "champion", "victor", "finisher", "runner-up"}
# Nouns that say only that a figure is money.
_ANY_SUM = {"sum", "amount"}


# A player's move to another club, whose price is told with "for" after the verb or before the noun.
_SIGNING_VERBS = {"join", "sign", "move", "switch", "leave"}
_SIGNING_NOUNS = {"move", "switch"}


def money_kind(noun: str) -> str:
    noun = {"fined": "fine", "fin": "fine", "cheque": "prize", "check": "prize", "purse": "prize",
            "winnings": "prize", "sales": "revenue", "revenues": "revenue", "turnover": "revenue",
            "loan": "financing", "loans": "financing", "credit": "financing", "kickback": "bribe",
            "kickbacks": "bribe", "bribes": "bribe", "maintenance": "upkeep", "repayment": "restitution",
            "reimbursement": "restitution", "subsidies": "subsidy", "donations": "donation", "damage": "damages", "gratia": "payment",
            "investment": "cost", "costs": "cost", "liability": "liabilities", "asset": "assets", "grant": "aid",
            "grants": "aid"}.get(noun, noun)
    return "deal" if noun in _DEAL_WORDS or noun in PURCHASE_VERBS else noun


# Works and undertakings whose price is told before their noun: "the €4.8 million restoration".
_WORKS = {"project", "restoration", "renovation", "refurbishment", "redevelopment", "reconstruction", "construction",
          "programme", "program", "scheme", "upgrade", "expansion", "extension", "overhaul", "plant", "factory",
          "bridge", "terminal", "works", "rebuild", "rebuilding", "repair", "repairs", "modernisation",
          "modernization", "facility", "complex",
          # built things bought or built whole: "the $85 million abattoir", "a $1.2 billion refinery"
          "abattoir", "slaughterhouse", "refinery", "mill", "smelter", "mine", "warehouse", "depot", "hospital",
          "school", "stadium", "arena", "road", "highway", "motorway", "railway", "pipeline", "port", "dam",
          "airport", "hotel", "tower", "mall", "hub", "campus", "laboratory", "plantation",
          # a field or a site developed: "a $4.3 billion development", "a development plan worth $3.8 billion"
          "development", "plan"}

# Words before "fee" for the sum one side owes the other if a deal falls through: not the deal's price.
_BREAK_WORDS = {"break", "termination", "break-up", "breakup", "reverse"}
# Words of a court's bail, beside which a bond is the bail bond.
_BAIL_WORDS = {"bail", "surety", "sureties"}
# The price a sale or an auction opens at, which the price paid is not: "the starting price", "an asking price".
_OPENING_WORDS = {"starting", "asking", "reserve", "opening", "minimum", "floor", "base", "upset"}


_WITH_DEBT = re.compile(r"\benterprise value\b|\b(?:including|includes|included|with|plus)\s+(?:its\s+|the\s+|"
                        r"company's\s+|net\s+)*debts?\b", re.I)


# Verbs that give a level something reached, and what such a level is of: "trade reached $1.2 billion".
_LEVEL_VERBS = {"reach", "total", "hit", "top", "exceed", "amount", "stand", "grow", "rise", "fall", "climb", "double"}
_MEASURES = {"trade", "export", "import", "turnover", "output", "gdp", "spending", "remittance", "tourism"}
# Verbs that take a measure to a level ("raise trade to $12 billion"), and the words that make the level one hoped for.
_RAISE_TO = {"raise", "lift", "increase", "boost", "bring", "push", "take", "double", "grow", "expand"}
_HOPED = {"should", "could", "would", "will", "may", "might", "to"}


# Words of lending, which make a "facility" a loan rather than a building.
_LENDING = LOAN_NOUNS | {"bank", "lender", "lend", "borrow", "lending", "interest", "repayment"}


def _to_a_sum(tokens):
    """The word a sum is the object of "to" on ("raised its facility to $18 million", "raise trade to $12 billion"),
    else None."""
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), None)
    if root is not None and root.dep_ in ("nummod", "compound"):
        root = root.head  # "2 billion dollars", the currency's name outside the figure
    prep = root.head if root is not None and root.dep_ == "pobj" else None
    return prep.head if prep is not None and prep.lower_ == "to" else None


def _loan_raised_to(tokens) -> bool:
    """ "has raised its facility to $18 million": the sum a loan was raised to."""
    verb = _to_a_sum(tokens)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _RAISE_TO and any(
        g.dep_ == "dobj" and g.lemma_.lower() in LOAN_NOUNS for g in verb.children)


def _raised_to(tokens):
    """(verb, measure) when the sum is what a verb takes a measure to ("raise trade to $12 billion", the "to" hung
    on the verb or on its object); else None."""
    head = _to_a_sum(tokens)
    if head is None:
        return None
    verb = head.head if head.dep_ == "dobj" else head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RAISE_TO:
        return None
    measure = next((g for g in verb.children if g.dep_ == "dobj" and g.lemma_.lower() in _MEASURES), None)
    return (verb, measure) if measure is not None else None


# Verbs that give a sum as what something is put at: "puts the fee at", "the cost was estimated at".
_PUT_AT = {"put", "set", "estimate", "fix", "peg", "place", "value", "assess"}


def _debt_told_with(ctx: DocContext, tokens: list, sent) -> bool:
    """Whether "including debt" (or "enterprise value") is told of this sum: right after it, before it in its
    clause ("Including debt, the deal values the company at $595 million"), and not of another sum nearer to it
    ("values the equity at A$612 million and the business at A$705 million including debt": the second only)."""
    after = ctx.text[tokens[-1].idx + len(tokens[-1].text):sent.end_char]
    m = _WITH_DEBT.search(after)
    if m and not NUMBER_RE.search(after[:m.start()]) and (m.start() <= 3 or not NUMBER_RE.search(after[m.end():])):
        return True  # (not "at $610 million and the business, with its debt, at $690 million": the second's)
    before = ctx.text[sent.start_char:tokens[0].idx]
    told = list(_WITH_DEBT.finditer(before))
    return bool(told) and not NUMBER_RE.search(before[told[-1].end():])


# "Tk 25,000 to each bereaved family", "₹10 lakh to the families of each of the dead", "Rs 5 lakh to the families of
# the dead", "Families of those killed will each get Tk 2 lakh": a sum paid to each family, not a total.
_FAMILY = r"(?:famil(?:y|ies)|households?|relatives|kin|next\s+of\s+kin)"
# "to each bereaved family", "to the family of each", "to the families of the dead" (a currency word may come first)
_EACH_FAMILY = r"(?:each|every)\s+(?:[a-z-]+\s+)?" + _FAMILY + r"\b"
_FAMILY_OF_EACH = _FAMILY + r"\s+of\s+(?:each|every|(?:most\s+of\s+|all\s+)?the\s+(?:dead|deceased|victims)\b)"
# "per person killed", "for each victim": a sum for each life lost, which each family is paid
_EACH_DEAD = r"(?:(?:each|every)\s+(?:person|one)\s+(?:killed|who\s+died)|each\s+(?:victim|of\s+the\s+dead)\b)"
# "in compensation", "as immediate relief": what the sum is, told before whom it goes to
_AS_WHAT = r"(?:(?:in|as)\s+(?:[a-z]{2,14}\s+)?[a-z]{2,14}\s+)?"
_PER_DEAD = r"per\s+(?:person\s+(?:killed|who\s+died)|victim|deceased|death|(?:bereaved\s+)?(?:family|household))\b"
_TO_EACH_FAMILY = re.compile(r"\s*" + _AS_WHAT + r"(?:[a-z]{2,12}\s+)??(?:each\s+)?(?:to|for)\s+(?:" + _EACH_FAMILY
                             + r"|the\s+" + _FAMILY_OF_EACH + "|" + _EACH_DEAD + r")|\s*(?:[a-z]+\s+)?" + _PER_DEAD, re.I)
_FAMILIES_EACH = re.compile(r"\b" + _FAMILY + r"\b[^.;]{0,60}?\beach\s+(?:get|receive|be\s+(?:given|paid))\s+$|"
                            r"\b" + _EACH_FAMILY + r"[^.;]{0,40}?\b(?:gets?|receives?|be\s+(?:given|paid))\s+$", re.I)
# "promised the families of the dead 2.8 million francs each": the families given the sum, and "each" after it
_FAMILIES_GIVEN = re.compile(r"\b" + _FAMILY + r"(?:\s+of\s+(?:the\s+)?(?:dead|deceased|victims))?\s+$", re.I)
_EACH_AFTER = re.compile(r"^(?:\s+[A-Za-z]+){0,2}?\s+each\b")
# What such a sum is for, when told: "for burial costs", "to help with funeral costs".
# (not in a clause of its own: "would pay N to each family and would cover funeral costs")
_FOR_FUNERAL = re.compile(r"^(?:(?!\band\s+(?:would|will|also|to)\b)[^.;]){0,40}?\b(?:for|with|cover)\s+(?:the\s+)?"
                          r"(?:burials?|funerals?)\b", re.I)


def _per_family(ctx: DocContext, tokens: list, sent) -> str:
    """ "funeral grant" or "compensation" for a sum paid to each bereaved family, "" for any other sum."""
    after = ctx.text[tokens[-1].idx + len(tokens[-1].text):sent.end_char]
    each = _TO_EACH_FAMILY.match(after)
    before = ctx.text[sent.start_char:tokens[0].idx]
    if not each and not _FAMILIES_EACH.search(before) and not (_FAMILIES_GIVEN.search(before)
                                                               and _EACH_AFTER.match(after)):
        return ""
    return "funeral grant" if _FOR_FUNERAL.match(after[each.end() if each else 0:]) else "compensation"


def _money_noun_of(ctx: DocContext, tokens: list):
    """The money noun ("bail", "fine") that the sum's first word, or the word before it (a currency), is the object
    of "of" of, outside the sum's own words; else None."""
    first = tokens[0]
    for t in (first, ctx.doc[first.i - 1]) if first.i > 0 else (first,):
        noun = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and noun.pos_ == "NOUN" and noun.lower_ in MONEY_NOUNS \
                and not first.i <= noun.i <= tokens[-1].i:
            return noun
    return None


# Parts of a sum paid out in turn: "the first tranche of the loan, $6 million" is not the loan.
_INSTALMENT_BEFORE = re.compile(r"\b(?:(\w+)\s+)?(?:tranche|instalment|installment)(?:\s+of\s+(?:the\s+|its\s+)?"
                                r"[\w'’-]+(?:\s+[\w'’-]+){0,3},|\s+of)\s*$", re.I)


def _instalment_of(ctx: DocContext, tokens: list, sent) -> str | None:
    """ "the first tranche of the loan, Shs6 billion", "a second instalment of $2 million": the part paid, with its
    number ("first tranche"), or None for a sum that is no part paid in turn. Read in the words, which the parser
    often tears apart around a sum set off by commas."""
    m = _INSTALMENT_BEFORE.search(ctx.text[sent.start_char:tokens[0].idx])
    if m is None:
        return None
    number = m.group(1) if m.group(1) and parse_ordinal(m.group(1).lower()) is not None else ""
    return f"{number.lower()} tranche".strip()


def money_category(ctx: DocContext, tokens: list, sent, candidates: list) -> tuple[str, str]:
    """What a sum of money is ("amount:fine", "amount:deal", "amount:per share"), from the words after it, what
    it pays for, the words that govern it (``candidates``) or the nearest money noun in its sentence."""
    after = ctx.doc[tokens[-1].i + 1: tokens[-1].i + 15].text
    named = currency_after(after)
    if named is not None:
        after = after[named[2]:].lstrip()  # "one and a half million euros in humanitarian funding": what follows the name
    if _WITH_DEBT.search(sent.text) and _debt_told_with(ctx, tokens, sent):
        # "Including debt, the deal values the company at $595 million": what the whole business is worth with
        # what it owes, not the price paid for the stake
        return "amount:enterprise value", "enterprise value"
    held = _money_noun_of(ctx, tokens)
    if held is not None:
        # "released on bail of TSh 20 million each", the parser hanging the figure on the verb and only the
        # currency on "of": the sum is the noun's
        candidates = [held, *candidates]
    kind = _per_family(ctx, tokens, sent)
    if kind:
        return f"amount:{kind} per family", kind
    part = _instalment_of(ctx, tokens, sent)
    if part is not None:
        return f"amount:{part}", "tranche"
    # "$2.85 a share", "A$2.85 in cash for each share", "for each Limestone Coast Vintners (ASX: LCV) share"
    m = re.match(r"(?:\w+\s){0,3}?(?:per|a|each)\s+(?:[A-Z][\w&'-]*\s|\([^)]{0,20}\)\s){0,4}"
                 r"(share|unit|head|person|ticket|barrel|tonne|ton)\b", after)
    if m:
        return "amount:per " + m.group(1).lower(), "price"
    for pattern in (r"\s*(?:in|of|as)\s+(\w+)", r"\s*(?:in|of|as)\s+\w+\s(\w+)", r"\s*(\w+)"):
        m = re.match(pattern, after)  # "$7 million in restitution", "in new financing", "a $180,000 fine"
        if m and m.group(1).lower() in MONEY_NOUNS:
            if re.match(r"\s*(?:in|as)\s+(?:humanitarian|emergency)\s+(?:funding|funds|money|assistance)\b", after,
                        re.I):
                return "amount:aid", m.group(1).lower()  # "in humanitarian funding" is aid, as "humanitarian aid"
            return f"amount:{money_kind(m.group(1).lower())}", m.group(1).lower()
    purpose = purpose_phrase(ctx, tokens)
    if purpose:
        return f"amount:{money_kind(purpose)}", purpose  # "$3 million towards the upkeep of the canal"
    if _loan_raised_to(tokens):
        return "amount:financing", "loan"  # "the bank has raised its facility to $18 million": the loan as it now is
    raised = _raised_to(tokens)
    if raised is not None:
        # "aim to raise two-way trade to $12 billion by 2030", "to lift trade to $15 billion": a level sought,
        # as "trade should reach $12 billion" is; "raised trade to $9 billion" is the level reached
        verb, measure = raised
        if verb.dep_ in ("xcomp", "ccomp") or any(g.dep_ == "aux" and g.lower_ in _HOPED for g in verb.children):
            return "amount:target", "target"
        word = measure.lemma_.lower()
        return f"amount:{word}", word
    for c in candidates[:2]:
        subject = next((g for g in c.children if g.dep_ == "nsubj"), None) if c.pos_ == "VERB" else None
        if c.lemma_.lower() in _LEVEL_VERBS and subject is not None and subject.lemma_.lower() in _MEASURES:
            if any(g.dep_ == "aux" and g.lower_ in _HOPED for g in c.children):
                return "amount:target", "target"  # "trade should reach $3 billion": a level hoped for
            word = subject.lemma_.lower()
            return f"amount:{word}", word  # "trade between the two reached $1.2 billion": a level, not a price
    root = tokens[-1]
    while root.head.i != root.i and tokens[0].i <= root.head.i <= tokens[-1].i:
        root = root.head  # the word the sum's own words hang from ("$85m": "85")
    work = root.head
    if root.dep_ in ("nummod", "compound", "amod", "nmod") and work.i > tokens[-1].i \
            and work.lemma_.lower() in _WORKS and work.pos_ == "NOUN":
        if work.lemma_.lower() == "facility" and any(t.lemma_.lower() in _LENDING - {"facility"} for t in sent):
            return "amount:financing", "loan"  # "a $18 million facility from the development bank": a loan
        return "amount:cost", "cost"  # "the €4.8 million project", "a $2 billion plant": what the work costs
    if root.dep_ == "npadvmod" and work.lower_ == "worth" and work.head.pos_ == "NOUN" \
            and work.head.lemma_.lower() in _WORKS:
        return "amount:cost", "cost"  # "a development plan worth $3.8 billion": what the work is to cost
    measured = next((g for g in work.head.children if g.dep_ == "nsubj"), None) \
        if root.dep_ == "npadvmod" and work.lower_ == "worth" and work.dep_ == "acomp" else None
    if measured is not None and measured.lemma_.lower() in _MEASURES:
        word = measured.lemma_.lower()
        return f"amount:{word}", word  # "trade between the two was worth $980 million": a level, as "reached"
    sum_head = _sum_head(tokens)
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _ASKED_FOR for c in sum_head.children) \
            or _APPEAL_FOR.search(ctx.text[sent.start_char:tokens[0].idx]):
        # "the $340 million that the government had asked for", "launched an appeal for $45 million"
        return "amount:appeal", "appeal"
    put = next((v for v in [sum_head.head.head, *sum_head.head.head.ancestors][:3] if v.lemma_.lower() in _PUT_AT),
               None) if sum_head.dep_ == "pobj" and sum_head.head.lower_ == "at" else None
    if put is not None:
        # "the circular puts the break fee (payable if ...) at C$14 million": the sum is what the object is put at
        candidates = [c for c in put.children if c.dep_ in ("dobj", "nsubjpass")] + candidates
    if re.search(r"\bbonds?\s+of\s+$", ctx.text[max(sent.start_char, tokens[0].idx - 12):tokens[0].idx]) \
            and _BAIL_WORDS & {t.lemma_.lower() for t in sent}:
        return "amount:bail", "bail"  # "to execute a bond of Rs 1 lakh with two sureties": the bail bond
    for c in candidates:
        if c.lower_ == "worth" and c.pos_ == "NOUN":
            return "amount:value", "value"  # "valuers had put the land's worth at €1.9 million"
        if c.pos_ == "VERB" and c.lower_ in ("fine", "fined", "fines", "fining"):
            return "amount:fine", "fine"  # "fining him 150,000 lira" (the tagger's lemma of "fined" is "fin")
        if c.lemma_.lower() == "fee" and any(ch.dep_ in ("compound", "amod") and ch.lower_ in _BREAK_WORDS
                                             for ch in c.children):
            return "amount:break fee", "break fee"  # "a break fee of $2 million": owed if the deal falls through
        if c.lemma_.lower() == "price" and any(ch.dep_ in ("compound", "amod") and ch.lower_ in _OPENING_WORDS
                                               for ch in c.children):
            return "amount:starting price", "starting price"  # "the starting price was set at X": not the price paid
        if (c.lower_ in MONEY_NOUNS or c.pos_ != "VERB" and c.lemma_.lower() in MONEY_NOUNS) \
                and c.lemma_.lower() not in _ANY_SUM:  # (not the verb "released" for a release clause)
            word = c.lower_ if c.lower_ in MONEY_NOUNS else c.lemma_.lower()
            return f"amount:{money_kind(word)}", word
        if c.pos_ == "VERB" and c.lemma_.lower() == "grant" and (
                c.dep_ == "acl" and c.head.i == sum_head.i
                or sum_head.head.i == c.i and sum_head.dep_ in ("nsubjpass", "dobj")):
            return "amount:aid", "grant"  # "of the $2 million granted to rebuild the pier": a grant
        if c.pos_ == "VERB" and c.lemma_.lower() in PURCHASE_VERBS:
            return "amount:deal", "deal"  # "agreed to buy Beta for $3.4 billion"
        if c.pos_ == "VERB" and c.lemma_.lower() == "pay" and paid_for_a_business(ctx, c):
            return "amount:deal", "deal"  # "will pay $1.5 billion for the company"
        if c.pos_ == "VERB" and c.lemma_.lower() == "pay" and sum_head.head.i == c.i \
                and sum_head.dep_ == "nsubjpass" and any(
                    p.dep_ == "prep" and p.lower_ == "for" and not any(
                        o.lemma_.lower() in PART_NOUNS | BOUGHT_NOUNS for o in p.children) for p in c.children):
            return "amount:payment", "payment"  # "1.3 billion pesos was paid for meals that never came"
        if c.pos_ == "VERB" and c.lemma_.lower() == "pay" and sum_head.head.i == c.i and sum_head.dep_ == "dobj" \
                and any(ch.dep_ == "nsubjpass" for ch in c.children):
            return "amount:payment", "payment"  # "the contractor was paid $4.7 million under a $11 million contract"
        if c.pos_ == "VERB" and c.lemma_.lower() in _SIGNING_VERBS and sum_head.head.lower_ == "for" \
                and sum_head.head.head.i == c.i:
            return "amount:deal", "deal"  # "will join Olympique Agadir from Rovers for $650,000": a transfer fee
        if c.pos_ == "NOUN" and c.lemma_.lower() in _SIGNING_NOUNS and tokens[-1].i < c.i:
            return "amount:deal", "deal"  # "a $600,000 move to Agadir"
        if c.pos_ == "VERB" and c.lemma_.lower() in ("take", "bring") and sum_head.head.i == c.i \
                and (any(ch.lower_ == "home" and ch.dep_ in ("advmod", "prt", "npadvmod") for ch in c.children)
                     or ctx.text[c.idx + len(c.text):tokens[0].idx].strip() == "home"):
            return "amount:prize", "prize"  # "the champions took home 2 million euros": the prize money
        if c.pos_ == "VERB" and c.lemma_.lower() in ("receive", "get", "collect", "pocket", "earn") \
                and sum_head.head.i == c.i and sum_head.dep_ == "dobj" and any(
                    s.dep_ == "nsubj" and s.lemma_.lower() in _WINNERS for s in c.children):
            return "amount:prize", "prize"  # "the two champions will each receive Sh300,000": the prize money
        if c.pos_ == "VERB" and c.lemma_.lower() in _RESULT_VERBS or c.pos_ == "NOUN" and c.lower_ in _RESULT_NOUNS:
            kind = _RESULT_VERBS.get(c.lemma_.lower()) or _RESULT_NOUNS[c.lower_]
            return f"amount:{kind}", kind  # "lost $148 million", "earned $2 billion", "the diversion of $2 million"
        if c.pos_ == "VERB" and c.lemma_.lower() in RECEIVE_VERBS and (
                in_return(c) or from_someone(c) and BRIBERY.search(f"{ctx.source.title}\n{ctx.text}")):
            # "received $2 million from the contractor in return for ...", or "pocketed 460,000 lari from
            # forwarders" in a report of bribery (its headline may be what says so)
            return "amount:bribe", "bribe"
    # Else the money noun nearest the figure in its sentence ("a sum", "the amount" say only that it is money).
    nearest = sorted((t for t in sent if t.lower_ in MONEY_NOUNS and t.lemma_.lower() not in _ANY_SUM),
                     key=lambda t: abs(t.i - tokens[0].i))
    if nearest:
        word = nearest[0].lemma_.lower()
        return f"amount:{money_kind(word)}", word
    return "amount", "amount"

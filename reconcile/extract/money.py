"""Sums of money: the currencies written before and after a figure, what a sum pays for (a deal's price, a fine,
a bribe, a loss) and who pays or gets it."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import HOLDER_LABELS, MONEY_NOUNS

CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR",
            "gbp": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
            "pound": "GBP", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "francs": "CHF", "rupees": "INR",
            "yuan": "CNY", "lira": "TRY", "hryvnias": "UAH", "kronor": "SEK", "kroner": "NOK", "zloty": "PLN"}
# Symbols and codes written before the figure ("Tk 40,000", "VND250 million", "₦2bn", "A$3m").
CURRENCY.update({
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS", "₦": "NGN", "₹": "INR", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₽": "RUB", "₪": "ILS", "₫": "VND",
    "৳": "BDT", "tk": "BDT", "rs": "INR", "rs.": "INR", "r": "ZAR", "ksh": "KES", "ush": "UGX", "tsh": "TZS",
    "shs": "SHILLING", "sh": "SHILLING", "omr": "RIAL", "qar": "RIYAL", "kes": "KES", "ngn": "NGN", "inr": "INR",
    "php": "PHP", "zar": "ZAR", "ghs": "GHS", "ugx": "UGX", "tzs": "TZS",
    "bdt": "BDT", "pkr": "PKR", "lkr": "LKR", "npr": "NPR", "vnd": "VND", "idr": "IDR", "myr": "MYR", "thb": "THB",
    "mxn": "MXN", "cop": "COP", "clp": "CLP", "ars": "ARS", "brl": "BRL", "pen": "PEN", "mad": "MAD", "aed": "AED",
    "sar": "SAR", "egp": "EGP", "kzt": "KZT", "kgs": "KGS", "uzs": "UZS", "gel": "GEL", "amd": "AMD", "try": "TRY",
    "chf": "CHF", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "pln": "PLN", "czk": "CZK", "huf": "HUF", "ron": "RON", "rub": "RUB", "uah": "UAH",
})
# Currency names written after the figure ("720 million pesos", "60,000 taka"). Names that several countries
# use get a name of their own rather than one country's code.
CURRENCY.update({
    "peso": "PESO", "pesos": "PESO", "dirham": "DIRHAM", "dirhams": "DIRHAM", "dinar": "DINAR", "dinars": "DINAR",
    "rupee": "RUPEE", "rupees": "RUPEE", "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "shilling": "SHILLING",
    "shillings": "SHILLING", "rand": "ZAR", "dong": "VND", "taka": "BDT", "som": "KGS", "soms": "KGS", "tenge": "KZT",
    "lari": "GEL", "dram": "AMD", "drams": "AMD", "manat": "MANAT", "riyal": "RIYAL", "riyals": "RIYAL",
    "rial": "RIAL", "rials": "RIAL", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "won": "KRW", "real": "BRL",
    "reais": "BRL", "soles": "PEN", "kwacha": "KWACHA", "birr": "ETB", "leu": "RON", "lei": "RON", "forint": "HUF",
    "koruna": "CZK", "crowns": "CROWN", "kuna": "HRK", "lev": "BGN", "leva": "BGN", "hryvnia": "UAH",
    "ruble": "RUB", "rouble": "RUB", "franc": "CHF", "renminbi": "CNY", "quetzales": "GTQ", "colones": "CRC",
    "bolivianos": "BOB", "guaranis": "PYG", "afghanis": "AFN", "kyat": "MMK", "riel": "KHR", "kip": "LAK",
    "pula": "BWP", "lilangeni": "SZL", "meticais": "MZN", "kwanza": "AOA", "ouguiya": "MRU", "dalasi": "GMD",
    "leone": "SLE", "leones": "SLE", "sum": "UZS", "soum": "UZS", "somoni": "TJS", "tugrik": "MNT",
    "vatu": "VUV", "kina": "PGK", "tala": "WST",
})
# A currency's small unit that only one currency has, and how many make the currency: "420 baisas" is OMR 0.42.
SMALL_UNITS = {"baisa": ("RIAL", 1000), "baisas": ("RIAL", 1000), "halala": ("SAR", 100), "halalas": ("SAR", 100),
               "paise": ("INR", 100), "kopeck": ("RUB", 100), "kopecks": ("RUB", 100), "kopeks": ("RUB", 100),
               "tiyn": ("KZT", 100), "piastres": ("EGP", 100)}
# Currency names that take a country's adjective before them ("Guinean francs", "Jamaican dollars").
_NATIONAL_CURRENCIES = r"(?:francs?|dollars?|pounds?|dinars?|pesos?|rupees?|shillings?|riyals?|rials?|dirhams?|crowns?|" \
                       r"kronor|kroner|krona|krone|lira|lire)"
_CURRENCY_AFTER = re.compile(r"\s*(?:U\.?S\.?\s+(?=dollars?\b)|(?:[A-Z][a-z]+|CFA)\s+(?=" + _NATIONAL_CURRENCIES
                             + r"\b))?([A-Za-z$€£]+)")


def currency_after(after: str) -> tuple[str, float, int] | None:
    """The currency named right after a figure, as (code, how many of the words make one unit of it, length of the
    words): "720 million pesos", "1.2 billion US dollars", "40 billion CFA francs" (CFA, not Swiss francs), "420
    baisas" (rials, a thousand to the rial); None when no currency follows."""
    m = _CURRENCY_AFTER.match(after)
    word = m.group(1).lower() if m else ""
    if word in CURRENCY and word not in NOT_CURRENCY_AFTER:
        return ("CFA" if "CFA" in m.group(0) else CURRENCY[word]), 1, m.end()
    if word in SMALL_UNITS:
        return SMALL_UNITS[word][0], SMALL_UNITS[word][1], m.end()
    return None


# The Philippine peso and the naira written as a bare letter before a large sum ("P300,000", "N50 million").
CURRENCY.update({"p": "PHP", "n": "NGN"})
# Words that follow a number without naming a currency, though they are spelt like one ("won 3-1", "the sum").
NOT_CURRENCY_AFTER = {"won", "sum", "real", "r", "rs", "rs.", "pen", "try", "mad", "sar", "php", "ron", "cop",
                       "gel", "sole", "lev", "kip", "pula", "leone", "p", "n"}


# Nouns for the headline value of a deal, whatever the outlet calls it.
_DEAL_WORDS = {"deal", "takeover", "acquisition", "purchase", "merger", "offer", "bid", "sale", "buyout", "value",
               "valuation",
               "transfer", "fee", "package", "debt", "price", "contract", "stake",
               "release", "clause"}  # a release (buyout) clause is what a buying club pays


_RESULT_VERBS = {"lose": "loss", "earn": "profit", "raise": "funding", "borrow": "financing",
                 "owe": "debt", "spend": "cost", "cost": "cost", "repay": "restitution", "reimburse": "restitution",
                 "refund": "restitution", "contribute": "contribution", "donate": "donation", "fine": "fine",
                 "embezzle": "embezzlement", "steal": "embezzlement", "misappropriate": "embezzlement",
                 "divert": "embezzlement", "launder": "laundering", "invest": "cost", "pledge": "aid"}
# Verbs of taking money that, with "in return for", tell of a bribe.
_RECEIVE_VERBS = {"receive", "take", "pocket", "accept", "get", "collect", "solicit", "demand", "obtain"}


# Nouns that say only that a figure is money.
_ANY_SUM = {"sum", "amount"}
_BRIBERY = re.compile(r"\bbrib(?:e|es|ed|ery|ing)\b", re.I)


def _in_return(verb) -> bool:
    """Whether the clause of ``verb`` says "in return for" or "in exchange for" something."""
    for t in verb.subtree:
        if t.lower_ in ("return", "exchange") and t.head.lower_ == "in" and any(ch.lower_ == "for" for ch in t.children):
            return True
    return False


def _from_someone(verb) -> bool:
    """Whether the clause of ``verb`` says whom the money came "from"."""
    return any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in verb.children)


# What a payment is for, said with "towards"/"for" after it ("$3 million towards the upkeep of the canal").
_PURPOSE_PREPS = {"towards", "toward", "for"}


def _purpose_phrase(ctx: DocContext, tokens: list) -> str:
    """The purpose noun of "towards/for the N" attached to the figure or to its verb, when it names a purpose of
    money (a money noun or upkeep words)."""
    last = tokens[-1]
    head = last
    while head.dep_ in ("nummod", "quantmod", "compound", "amod") and head.head.i != head.i:
        head = head.head
    holders = [head, head.head] if head.head.i != head.i else [head]
    for h in holders:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPS and prep.i > last.i:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        for word in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
                            w = word.lemma_.lower()
                            if w in MONEY_NOUNS or word.lower_ in MONEY_NOUNS:
                                return word.lower_ if word.lower_ in MONEY_NOUNS else w
    return ""
# Nouns for a business ("the company", "the lender"), and what a buyer pays for when the payment is the price of a
# deal: a business, or a stake or the assets of one.
BUSINESS_NOUNS = {"company", "firm", "business", "group", "chain", "operator", "maker", "manufacturer", "producer",
                  "subsidiary", "unit", "club", "brand", "retailer", "lender", "bank", "carrier", "airline", "insurer",
                  "venture"}
_BOUGHT_NOUNS = BUSINESS_NOUNS | {"stake", "share", "shares", "assets"}


def _paid_for_a_business(ctx: DocContext, verb) -> bool:
    """ "pay ... for the company", "for Mercado Andino", "for a 30% stake", "for the forward": the price of a deal
    (a club's for a player), not a wage or a fine."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lemma_.lower() in _BOUGHT_NOUNS or obj.lower_ in _BOUGHT_NOUNS:
                    return True
                if any(e.label == "ORG" and e.token_start <= obj.i < e.token_end for e in ctx.ents):
                    return True
                after = ctx.doc[obj.i + 1] if obj.i + 1 < len(ctx.doc) else None  # "the Portuguese forward",
                # parsed with "forward" an adverb after the adjective
                if any(t.lemma_.lower() in _PLAYERS for t in obj.subtree) or after is not None \
                        and after.lower_ in _PLAYERS or any(
                        e.label == "PERSON" and e.token_start <= obj.i < e.token_end for e in ctx.ents):
                    return True  # "paid $2.4 million for the forward", "for Baek": a transfer fee
    return False


# Players a club pays a fee for.
_PLAYERS = {"player", "forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "playmaker",
            "full-back", "centre-back", "keeper"}


_PURCHASE_VERBS = {"buy", "acquire", "purchase", "sell", "value", "bid", "offer", "price", "agree"}
# A player's move to another club, whose price is told with "for" after the verb or before the noun.
_SIGNING_VERBS = {"join", "sign", "move", "switch", "leave"}
_SIGNING_NOUNS = {"move", "switch"}


def money_kind(noun: str) -> str:
    noun = {"fined": "fine", "fin": "fine", "cheque": "prize", "check": "prize", "purse": "prize",
            "winnings": "prize", "sales": "revenue", "revenues": "revenue", "turnover": "revenue",
            "loan": "financing", "loans": "financing", "credit": "financing", "kickback": "bribe",
            "kickbacks": "bribe", "bribes": "bribe", "maintenance": "upkeep", "repayment": "restitution",
            "reimbursement": "restitution", "subsidies": "subsidy", "donations": "donation", "damage": "damages", "gratia": "payment",
            "investment": "cost", "liability": "liabilities", "asset": "assets"}.get(noun, noun)
    return "deal" if noun in _DEAL_WORDS or noun in _PURCHASE_VERBS else noun


# Verbs whose subject pays or gets the sum they govern ("Veldmark will pay $2m", "the mayor took $75,000").
_PAYING_VERBS = {"pay", "contribute", "receive", "take", "pocket", "accept", "get", "owe", "repay", "earn", "lose",
                 "spend", "invest", "donate", "borrow", "raise", "embezzle", "steal", "collect", "demand", "solicit",
                 "misappropriate", "divert", "launder", "obtain", "face"}


def _sum_head(tokens: list):
    """The token a sum's words hang from as one phrase ("US$ 410 million" -> "million")."""
    node = tokens[-1]
    while node.dep_ in ("nummod", "quantmod", "compound", "amod") and node.head.i != node.i:
        node = node.head
    return node


def money_holder(ctx: DocContext, tokens: list) -> str:
    """The person, body or country a sum is about, where the clause says it plainly: the subject of a paying or
    getting verb ("Veldmark will pay $2m", "the mayor took $75,000 in bribes"), the one fined ("the league fined
    the club $40,000", "the club was fined $40,000"); "" otherwise."""
    node = _sum_head(tokens)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in MONEY_NOUNS:
        node = node.head.head  # "a fine of $5,000"
    verb = node.head
    if node.dep_ not in ("dobj", "dative", "npadvmod", "oprd", "attr", "nsubjpass") or verb.pos_ != "VERB":
        return ""
    lemma = verb.lemma_.lower()
    passive = any(ch.dep_ == "nsubjpass" for ch in verb.children)
    if lemma in ("fine", "fin") or verb.lower_.startswith("fine"):
        deps = ("nsubjpass",) if passive else ("dobj", "dative")
    elif lemma in _PAYING_VERBS:
        deps = ("nsubj",) if not passive else ()
    else:
        return ""
    for child in verb.children:
        if child.dep_ in deps and child.i not in {t.i for t in tokens} and child.i != node.i:
            ent = ctx.ent_at_token(child.i)
            if ent is not None and ent.label in HOLDER_LABELS:
                return ent.text
    return ""

# What a buyer takes in a business rather than the business itself: "a 67 percent stake in X".
_PART_NOUNS = {"stake", "share", "shares", "percent", "holding", "interest", "control", "majority", "minority",
               "unit", "division", "business", "arm", "operations", "assets"}


def deal_target(ctx: DocContext, tokens: list) -> str:
    """The business a deal's price buys, where the clause names it: "bought Nordfor for $200 million", "agreed to
    buy a 67 percent stake in AquaSur for $410 million", "will pay $1.5 billion for Beta"; "" otherwise. Two
    deals of one buyer ("its second purchase, after it bought Nordfor in 2023") are kept apart by it."""
    node = _sum_head(tokens)
    if node.dep_ != "pobj" or node.head.lower_ != "for" or node.head.head.pos_ != "VERB":
        return ""
    verb = node.head.head
    lemma = verb.lemma_.lower()
    if lemma in _PURCHASE_VERBS - {"value", "price", "agree", "offer", "bid"}:
        bought = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "pay":
        bought = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c is not node.head
                  for g in c.children if g.dep_ == "pobj"]
    else:
        return ""
    for noun in bought:
        if noun.lemma_.lower() in _PART_NOUNS or noun.lower_ in _PART_NOUNS:
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                         for g in c.children if g.dep_ == "pobj"), noun)
        ent = ctx.ent_at_token(noun.i)
        if ent is not None and ent.label in ("ORG", "PERSON", "PLACE", "OTHER"):
            return ent.text
        if noun.pos_ == "PROPN":
            return " ".join(t.text for t in noun.subtree if t.pos_ == "PROPN" and t.i <= noun.i)
    return ""


# Works and undertakings whose price is told before their noun: "the €4.8 million restoration".
_WORKS = {"project", "restoration", "renovation", "refurbishment", "redevelopment", "reconstruction", "construction",
          "programme", "program", "scheme", "upgrade", "expansion", "extension", "overhaul", "plant", "factory",
          "bridge", "terminal", "works", "rebuild", "rebuilding", "repair", "repairs", "modernisation",
          "modernization", "facility", "complex"}

# Words before "fee" for the sum one side owes the other if a deal falls through: not the deal's price.
_BREAK_WORDS = {"break", "termination", "break-up", "breakup", "reverse"}


_WITH_DEBT = re.compile(r"\benterprise value\b|\b(?:including|includes|included|with|plus)\s+(?:its\s+|the\s+|"
                        r"company's\s+|net\s+)*debts?\b", re.I)


# Verbs that give a level something reached, and what such a level is of: "trade reached $1.2 billion".
_LEVEL_VERBS = {"reach", "total", "hit", "top", "exceed", "amount", "stand", "grow", "rise", "fall", "climb", "double"}
_MEASURES = {"trade", "export", "import", "turnover", "output", "gdp", "spending", "remittance", "tourism"}


# Verbs that give a sum as what something is put at: "puts the fee at", "the cost was estimated at".
_PUT_AT = {"put", "set", "estimate", "fix", "peg", "place", "value", "assess"}


def money_category(ctx: DocContext, tokens: list, sent, candidates: list) -> tuple[str, str]:
    """What a sum of money is ("amount:fine", "amount:deal", "amount:per share"), from the words after it, what
    it pays for, the words that govern it (``candidates``) or the nearest money noun in its sentence."""
    after = ctx.doc[tokens[-1].i + 1: tokens[-1].i + 5].text
    if _WITH_DEBT.search(sent.text):
        # "Including debt, the deal values the company at $595 million": what the whole business is worth with
        # what it owes, not the price paid for the stake
        return "amount:enterprise value", "enterprise value"
    m = re.match(r"(?:\w+\s)?(?:per|a|each)\s+(?:[A-Z]\w+\s)?(share|unit|head|person|ticket|barrel|tonne|ton)", after,
                 re.I)
    if m:
        return "amount:per " + m.group(1).lower(), "price"
    for pattern in (r"\s+(?:in|of|as)\s+(\w+)", r"\s+(?:in|of|as)\s+\w+\s(\w+)", r"\s*(\w+)"):
        m = re.match(pattern, after)  # "$7 million in restitution", "in new financing", "a $180,000 fine"
        if m and m.group(1).lower() in MONEY_NOUNS:
            return f"amount:{money_kind(m.group(1).lower())}", m.group(1).lower()
    purpose = _purpose_phrase(ctx, tokens)
    if purpose:
        return f"amount:{money_kind(purpose)}", purpose  # "$3 million towards the upkeep of the canal"
    for c in candidates[:2]:
        subject = next((g for g in c.children if g.dep_ == "nsubj"), None) if c.pos_ == "VERB" else None
        if c.lemma_.lower() in _LEVEL_VERBS and subject is not None and subject.lemma_.lower() in _MEASURES:
            if any(g.dep_ == "aux" and g.lower_ in ("should", "could", "would", "will", "may", "might", "to")
                   for g in c.children):
                return "amount:target", "target"  # "trade should reach $3 billion": a level hoped for
            word = subject.lemma_.lower()
            return f"amount:{word}", word  # "trade between the two reached $1.2 billion": a level, not a price
    work = tokens[-1].head
    if tokens[-1].dep_ in ("nummod", "compound", "amod") and work.i > tokens[-1].i \
            and work.lemma_.lower() in _WORKS and work.pos_ == "NOUN":
        return "amount:cost", "cost"  # "the €4.8 million project", "a $2 billion plant": what the work costs
    sum_head = _sum_head(tokens)
    put = next((v for v in [sum_head.head.head, *sum_head.head.head.ancestors][:3] if v.lemma_.lower() in _PUT_AT),
               None) if sum_head.dep_ == "pobj" and sum_head.head.lower_ == "at" else None
    if put is not None:
        # "the circular puts the break fee (payable if ...) at C$14 million": the sum is what the object is put at
        candidates = [c for c in put.children if c.dep_ in ("dobj", "nsubjpass")] + candidates
    for c in candidates:
        if c.lemma_.lower() == "fee" and any(ch.dep_ in ("compound", "amod") and ch.lower_ in _BREAK_WORDS
                                             for ch in c.children):
            return "amount:break fee", "break fee"  # "a break fee of $2 million": owed if the deal falls through
        if (c.lower_ in MONEY_NOUNS or c.lemma_.lower() in MONEY_NOUNS) and c.lemma_.lower() not in _ANY_SUM:
            word = c.lower_ if c.lower_ in MONEY_NOUNS else c.lemma_.lower()
            return f"amount:{money_kind(word)}", word
        if c.pos_ == "VERB" and c.lemma_.lower() in _PURCHASE_VERBS:
            return "amount:deal", "deal"  # "agreed to buy Beta for $3.4 billion"
        if c.pos_ == "VERB" and c.lemma_.lower() == "pay" and _paid_for_a_business(ctx, c):
            return "amount:deal", "deal"  # "will pay $1.5 billion for the company"
        if c.pos_ == "VERB" and c.lemma_.lower() == "pay" and sum_head.head.i == c.i \
                and sum_head.dep_ == "nsubjpass" and any(
                    p.dep_ == "prep" and p.lower_ == "for" and not any(
                        o.lemma_.lower() in _PART_NOUNS | _BOUGHT_NOUNS for o in p.children) for p in c.children):
            return "amount:payment", "payment"  # "1.3 billion pesos was paid for meals that never came"
        if c.pos_ == "VERB" and c.lemma_.lower() in _SIGNING_VERBS and sum_head.head.lower_ == "for" \
                and sum_head.head.head.i == c.i:
            return "amount:deal", "deal"  # "will join Olympique Agadir from Rovers for $650,000": a transfer fee
        if c.pos_ == "NOUN" and c.lemma_.lower() in _SIGNING_NOUNS and tokens[-1].i < c.i:
            return "amount:deal", "deal"  # "a $600,000 move to Agadir"
        if c.pos_ == "VERB" and c.lemma_.lower() in _RESULT_VERBS:
            kind = _RESULT_VERBS[c.lemma_.lower()]
            return f"amount:{kind}", kind  # "lost $148 million", "earned $2 billion"
        if c.pos_ == "VERB" and c.lemma_.lower() in _RECEIVE_VERBS and (
                _in_return(c) or _from_someone(c) and _BRIBERY.search(f"{ctx.source.title}\n{ctx.text}")):
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

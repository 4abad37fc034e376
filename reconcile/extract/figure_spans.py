"""Where figures are written: numbers in digits with a currency, scale or percent sign before or after them,
and numbers in words ("twenty-one", "half a billion"); and a figure as ``quantities`` reads it (``Figure``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.extract.currencies import CURRENCY
from reconcile.normalize.numbers import TENS, UNITS

_CODES = "|".join(sorted((k.upper() for k in CURRENCY if re.fullmatch(r"[a-z]{3}", k)), key=len, reverse=True))

_CUR_BEFORE = (r"(?P<cur>US\$|A\$|AU\$|NZ\$|C\$|CA\$|HK\$|S\$|R\$|BZ\$|J\$|TT\$|EC\$|Bds\$|N\$|NT\$|RD\$|GH¢|GH₵|\$|€|£|¥|₦|₹|₱|₩|₺|₴|₽|₪|₫|₵|৳"
               r"|(?-i:\b(?:Tk|Rs\.?|R(?=\d)|KSh|USh|TSh|Shs?(?=\s?\d)|Bs\.?(?=\s?\d)|RM(?=\s?\d)|Rp\.?(?=\s?\d)|Le(?=\s\d)|(?<!-)(?:RO|QR|KD|BD|Dhs?)(?=\d|\s\d[\d.,]*\s?(?:million|billion|bn|mn|m)\b)|(?:" + _CODES + r")(?=\s?\d)"
               # "P300,000" in the Philippine press, "N50 million" in Nigeria's, "K412 million" in Zambia's, "Q150
               # million" in Guatemala's, "D19 million" in the Gambia's, "E310 million" in Eswatini's: a large sum, never a code ("N95", "K2",
               # "Q3"); or a price a share ("P4.10 a share")
               r"|[PNKQLDE](?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b"
               r"|\d+\.\d\d\s(?:a|per)\s(?:share|unit)\b))))?")

NUMBER_RE = re.compile(
    _CUR_BEFORE + r"\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|thousand|lakhs?|crores?|bn|mn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|percent|per cent|percentage points))?",
    re.I,
)

# One number word as the number parser reads it ("seven", "forty", "hundred").
NUMBER_WORD = "(?:" + "|".join(sorted((set(UNITS) - {"a", "an"}) | set(TENS) | {"hundred"}, key=len, reverse=True)) + ")"
_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundred|thousand|million|billion|a dozen|dozens|dozen)")
WORD_NUMBER = re.compile(
    r"\b(?:half\s+an?|an?\s+quarter\s+of\s+an?|three[\s-]quarters\s+of\s+an?|" + _NUMBER_WORDS
    + r"\s+and\s+a\s+half)\s+(?:million|billion|trillion)\b|"  # "one and a half million euros"
    r"\bhalf\s+a\s+dozen\b|"  # six, not a dozen
    r"\b" + _NUMBER_WORDS + r"(?:[\s-](?:and[\s-])?" + _NUMBER_WORDS + r")*\b",  # not the hyphen of "four-match"
    re.I,
)


@dataclass
class Figure:
    """A figure in a sentence as ``quantities`` reads it: where it is and the words around it, and what the rules
    have made of it so far. Each rule may change what the rules before it found."""
    sent: object  # spaCy span
    start: int
    end: int
    value_text: str
    prefix: str  # up to 40 characters before the figure, in its sentence
    after: str  # up to 60 characters after it
    tokens: list
    value: float
    shown_end: int  # where the claim's words end: after a currency, "per cent" or a unit shown with the figure
    currency: str = ""
    percent: bool = False
    category: str | None = None
    noun: str = ""
    measure: tuple | None = None  # (dimension, unit, factor to the unit) of a length or a physical measure
    holder: str = ""
    unit: str = ""

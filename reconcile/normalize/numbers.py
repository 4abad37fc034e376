"""Numbers written as digits or words, with the approximate wording around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
          "crores": 10_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000}
SPECIAL = {"dozen": 12, "dozens": 24, "half": 0.5, "couple": 2, "score": 20, "quarter": 0.25, "quarters": 0.25}
_FRACTIONS = {"half", "quarter", "quarters"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "initial": 1, "opening": 1, "inaugural": 1,
}
ORDINALS.update({w + "teenth": n for w, n in (("thir", 13), ("four", 14), ("fif", 15), ("six", 16), ("seven", 17),
                                                ("eigh", 18), ("nine", 19))})
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                 "eightieth": 80, "ninetieth": 90, "hundredth": 100}
ORDINALS.update(_TENS_ORDINAL)
ORDINALS.update({f"{tens}-{unit}": n + m for tens, n in TENS.items() for unit, m in ORDINALS.items()
                 if m < 10 and unit not in ("initial", "opening", "inaugural")})  # "twenty-first"
_ORD_DIGIT = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)

# Approximate wording -> (kind). Longest phrases first when matching.
APPROX = {
    "more than": "lower", "over": "lower", "at least": "lower", "upwards of": "lower", "in excess of": "lower",
    "no fewer than": "lower", "no less than": "lower", "above": "lower", "exceeding": "lower",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "near", "nearly": "near", "almost": "near",
    "just under": "near", "up to": "upper", "fewer than": "upper", "less than": "upper", "under": "upper",
    "at most": "upper", "as many as": "upper", "just over": "lower", "more than a": "lower",
    "no more than": "upper", "not more than": "upper", "a maximum of": "upper",
}
_APPROX_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in APPROX), key=len, reverse=True)) + r")\s*$",
                        re.I)


def parse_number(text: str) -> float | None:
    """Parse "12", "1,200", "4.2", "4.2bn", "twelve", "twenty-one", "3 million", "a dozen"."""
    t = text.strip().lower().replace("\u2009", "").replace("\xa0", " ")
    t = re.sub(r"^[$€£¥]|^(us\$|usd|eur|gbp)\s*", "", t).strip()
    if t.startswith(("-", "\u2212")) and len(t) > 1:
        inner = parse_number(t[1:])
        return -inner if inner is not None else None
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]+)?", t)
    if m:
        value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        scale = m.group(3)
        if scale:
            if scale in SHORT_SCALES:
                value *= SHORT_SCALES[scale]
            elif scale in SCALES:
                value *= SCALES[scale]
            else:
                return None
        return value
    return _parse_words(t)


def _parse_words(t: str) -> float | None:
    tokens = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    # "two and a half": a half more
    for i in range(len(tokens) - 1, 1, -1):
        if tokens[i] == "half" and tokens[i - 1] in ("a", "an"):
            tokens[i - 1:i + 1] = ["0.5"]
    # "half a billion", "a quarter of a million": the fraction of the scale, not one more
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i] in ("a", "an", "of") and (tokens[i - 1] in _FRACTIONS
                                              or tokens[i - 1] == "of" and i > 1 and tokens[i - 2] in _FRACTIONS):
            del tokens[i]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(tokens):
        if re.fullmatch(r"\d+(\.\d+)?", w.replace(",", "")):
            current += float(w.replace(",", ""))
            seen = True
        elif w in UNITS and not (w in ("a", "an") and i + 1 == len(tokens)):
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in SPECIAL:
            current = (current or 1) * SPECIAL[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_ordinal(text: str) -> int | None:
    t = text.strip().lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = _ORD_DIGIT.match(t)
    return int(m.group(1)) if m else None


def approx_before(prefix: str) -> tuple[str, str]:
    """The approximate wording that ends ``prefix`` ("at least "), as (phrase, kind)."""
    m = _APPROX_RE.search(prefix)
    if not m:
        return "", "exact"
    return m.group(1), APPROX[m.group(1).lower()]


@dataclass(frozen=True)
class Range:
    """The values a number phrase allows, with the reason in words."""

    low: float
    high: float
    wording: str

    def overlaps(self, other: Range) -> bool:
        return self.low <= other.high and other.low <= self.high


def value_range(value: float, kind: str, percent: bool = False) -> Range:
    """Tolerance for approximate wording: "about 300" allows 270-330, "about 6,800" (rounded to its second digit)
    6,460-7,140, "more than 300" allows 300-375. A share in percent is hedged by points, not by a tenth of itself:
    "about 38 percent" is 36.5 to 39.5, not 41.7."""
    if percent and kind != "exact":
        points = max(1.5, value * 0.04)
        return {"lower": Range(value, value + 2 * points, f"a lower bound (within {2 * points:g} points)"),
                "about": Range(value - points, value + points, f"an approximate share (within {points:g} points)"),
                "near": Range(value - 2 * points, value, f"a share just below (within {2 * points:g} points)"),
                "upper": Range(value - 2 * points, value, f"an upper bound (within {2 * points:g} points)"),
                }.get(kind, Range(value, value, "an exact figure"))
    if kind == "lower":
        return Range(value, value * 1.25 + 2, "a lower bound")
    if kind == "about":
        if value >= 100 and value == int(value) and len(str(int(value)).rstrip("0")) >= 2:
            # "about 6,800", "some 9.1 million": a figure rounded to its second digit or finer hedges less than
            # "about 300" does
            return Range(value * 0.95, value * 1.05, "an approximate figure (within 5%)")
        return Range(value * 0.9 - 1, value * 1.1 + 1, "an approximate figure (within 10%)")
    if kind == "near":
        return Range(value * 0.85 - 1, value, "a figure just below")
    if kind == "upper":
        return Range(value * 0.75 - 1, value, "an upper bound")
    return Range(value, value, "an exact figure")


def format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")

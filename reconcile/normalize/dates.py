"""Dates as written ("Feb. 27", "Tuesday", "last week") to comparable values.

A date keeps the parts the text gave: "February 27" has no year unless the
publication date supplies one; "Tuesday" is resolved against the publication
date when there is one, else kept as a weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b(?P<iso>{_YEAR}-(?P<imonth>\d{{2}})-(?P<iday>\d{{2}}))\b"),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),
]
_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|next|this|on|coming)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)\b", re.I)
# The year a day is said in, right after it: "May 4 last year".
_YEAR_SAID = re.compile(r",?\s+(?:of\s+)?(last|next|this)\s+year\b", re.I)
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}


@dataclass(frozen=True)
class NormDate:
    """A date with the parts the text gave; ``None`` parts are unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # only for a weekday that could not be resolved
    week_of: dt.date | None = None  # "last week": the Monday of that week
    until: dt.date | None = None  # "Monday and Tuesday": the last day of an event that lasted several
    months: tuple[int, int] | None = None  # "the third quarter", "the first half": its first and last month
    # "last Sunday" said on a Monday: yesterday, or the Sunday of the week before; either may be meant
    or_week_before: bool = False

    def conflicts(self, other: NormDate) -> bool:
        """True when a part both dates know differs (for events of several days: when the days do not meet)."""
        for a, b in ((self, other), (other, self)):
            if a.or_week_before and (d := a.as_date()) is not None:
                plain = replace(a, or_week_before=False)
                earlier = d - dt.timedelta(days=7)
                return plain.conflicts(b) and NormDate(earlier.year, earlier.month, earlier.day).conflicts(b)
        if self.months or other.months:
            (a0, a1), (b0, b1) = self._month_range(), other._month_range()
            if self.year is not None and other.year is not None and self.year != other.year:
                return True
            return a0 is not None and b0 is not None and (a1 < b0 or b1 < a0)
        if self.until or other.until:
            a, b = self.as_date(), other.as_date()
            if a and b:
                return (self.until or a) < b or (other.until or b) < a
        if self.week_of or other.week_of:
            a = self.week_of or self.as_date()
            b = other.week_of or other.as_date()
            if a and b:
                return abs((a - b).days) > 6
            return False
        pairs = [(self.year, other.year), (self.month, other.month), (self.day, other.day)]
        if any(x is not None and y is not None and x != y for x, y in pairs):
            return True
        if self.weekday is not None and other.weekday is not None and self.weekday != other.weekday:
            return True
        for a, b in ((self, other), (other, self)):
            d = a.as_date()
            if d and b.weekday is not None and d.weekday() != b.weekday:
                return True
        return False

    def _month_range(self) -> tuple[int | None, int | None]:
        return self.months or (self.month, self.month)

    def agrees(self, other: NormDate) -> bool:
        """True when the dates share a day (or a month, for month-only dates, or a quarter) and nothing conflicts."""
        if self.conflicts(other):
            return False
        if self.months or other.months:
            return self.months == other.months
        if self.day is not None and other.day is not None:
            return self.month == other.month
        if self.month is not None and other.month is not None and self.day is None and other.day is None:
            return True
        return False

    def as_date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def latest(self) -> dt.date | None:
        """The last day the date can be: the day itself, or the end of the month or quarter a year was given for."""
        if self.day is not None:
            return self.until or self.as_date()
        last = self.months[1] if self.months else self.month
        if not self.year or not last:
            return None
        following = dt.date(self.year + last // 12, last % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def specific(self) -> bool:
        return self.day is not None or self.weekday is not None or self.week_of is not None

    def __str__(self) -> str:
        d = self.as_date()
        if d and self.until:
            return f"{d.isoformat()} to {self.until.isoformat()}"
        if d:
            return d.isoformat()
        if self.week_of:
            return f"week of {self.week_of.isoformat()}"
        if self.month and self.day:
            return f"{dt.date(2000, self.month, 1):%B} {self.day}" + (f", {self.year}" if self.year else "")
        if self.month:
            return f"{dt.date(2000, self.month, 1):%B}" + (f" {self.year}" if self.year else "")
        if self.weekday is not None:
            return list(WEEKDAYS)[self.weekday].capitalize()
        if self.months:
            part = _PART_NAMES.get(self.months, f"{self.months[0]}-{self.months[1]}")
            return part + (f" {self.year}" if self.year else "")
        return str(self.year or "")


# Quarters and halves of a year: "the third quarter of 2026", "Q3", "the first half of next year".
_QUARTER = re.compile(r"^(?:in\s+|by\s+|during\s+)?(?:the\s+)?(?:(?P<nth>first|second|third|fourth|final|last|1st|2nd|"
                      r"3rd|4th)\s+(?P<part>quarter|half)|q(?P<q>[1-4])|h(?P<h>[12]))(?:\s+(?:of\s+)?(?:(?P<year>"
                      r"(?:19|20)\d{2})|(?P<rel>this|next|last)\s+year))?$", re.I)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 0, "last": 0}
_PART_NAMES = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "first half", (7, 12): "second half"}


def _quarter(m: re.Match, base: dt.date | None, future: bool | None) -> NormDate:
    if m.group("q") or m.group("part") and m.group("part").lower() == "quarter":
        n = int(m.group("q")) if m.group("q") else (_NTH[m.group("nth").lower()] or 4)
        months = (3 * n - 2, 3 * n)
    else:
        n = int(m.group("h")) if m.group("h") else (_NTH[m.group("nth").lower()] or 2)
        months = (1, 6) if n == 1 else (7, 12)
    year = int(m.group("year")) if m.group("year") else None
    if m.group("rel") and base is not None:
        year = base.year + {"this": 0, "next": 1, "last": -1}[m.group("rel").lower()]
    elif year is None and base is not None:
        year = base.year  # a quarter ahead that has passed this year is next year's; one behind, this year's or last
        if future is True and months[1] < base.month:
            year += 1
        elif future is False and months[0] > base.month:
            year -= 1
    return NormDate(year, months=months)


_PART_OF = re.compile(r"^(?:by\s+)?(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(.+)$", re.I)
_WEEK_OF = re.compile(r"^(?:in\s+)?(?:the\s+)?week\s+(?:of|beginning|starting)\s+(.+)$", re.I)


_SPAN = re.compile(r"^(.+?)\s*(?:\band\b|\bto\b|\bthrough\b|-|–)\s*(.+)$", re.I)
# The most days apart that two dates written as one event's ("on Monday and Tuesday") may be.
_SPAN_DAYS = 3


def days_in_a_row(first: str, second: str) -> bool:
    """Whether two date phrases name days close enough to be one event's ("Monday" and "Tuesday", "14" and "16
    March"), not two dates of two events ("January 14 and March 30")."""
    a, b = first.lower().strip(), second.lower().strip()
    if a in WEEKDAYS and b in WEEKDAYS:
        return 0 < (WEEKDAYS[b] - WEEKDAYS[a]) % 7 <= _SPAN_DAYS
    da, db = parse_date(first), parse_date(second)
    if not (da and db and da.month and db.month and da.day and db.day):
        return False
    gap = (db.month - da.month) * 31 + db.day - da.day
    return 0 < gap <= _SPAN_DAYS


_BARE_DAY = re.compile(r"^\d{1,2}$")
_DAY_FIRST = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?P<rest>[A-Za-z].*)$")
_MONTH_FIRST = re.compile(r"^(?P<month>[A-Za-z]+\.?)\s+\d{1,2}(?:st|nd|rd|th)?$")


def _with_month(first: str, second: str) -> tuple[str, str]:
    """The two ends of a span with the month written once lent to the end without it: "9 and 10 November" is
    "9 November" and "10 November"; "May 12 and 13" is "May 12" and "May 13"."""
    first, second = first.strip(), second.strip()
    if _BARE_DAY.match(first) and (m := _DAY_FIRST.match(second)):
        return f"{first} {m.group('rest')}", second
    if _BARE_DAY.match(second) and (m := _MONTH_FIRST.match(first)):
        return first, f"{m.group('month')} {second}"
    return first, second


def weekday_named(text: str) -> int | None:
    """The weekday (0 for Monday) a bare weekday names ("Wednesday", "Wednesday's"), or None for any other words."""
    return WEEKDAYS.get(re.sub(r"['’]s$", "", text.strip().lower()))


def day_in_week(monday: dt.date, text: str) -> NormDate | None:
    """The day of the week starting ``monday`` that a bare weekday names, or None."""
    n = weekday_named(text)
    if n is None:
        return None
    day = monday + dt.timedelta(days=n)
    return NormDate(day.year, day.month, day.day)


def said_not_done(day: NormDate, published: dt.datetime | None, text: str = "") -> bool:
    """For something a report says is to come, a day on or before the report is when it was said ("said on
    Monday it will close in June"), not when it happens; but "later on Saturday", "this evening" in a report of
    that day is still ahead."""
    if published is None or day.as_date() is None:
        return False
    if day.as_date() == published.date() and _LATER_TODAY.search(text):
        return False
    return day.as_date() <= published.date()


_LATER_TODAY = re.compile(r"\blater\b|\btonight\b|\bthis\s+(?:afternoon|evening)\b", re.I)


def parse_date(text: str, published: dt.datetime | None = None, future: bool | None = None) -> NormDate | None:
    """Parse a date phrase; ``future`` says whether the event lies ahead of the publication date."""
    t = text.strip()
    m = _SPAN.match(t)
    sides = _with_month(m.group(1), m.group(2)) if m else None
    if sides and days_in_a_row(*sides):
        first = parse_date(sides[0], published, future)
        last = parse_date(sides[1], published, future)
        start, end = (first.as_date() if first else None), (last.as_date() if last else None)
        if start and end and end < start:  # "Monday and Tuesday" resolved in the past: Monday is the earlier day
            start -= dt.timedelta(days=7)
        if start and end and 0 < (end - start).days <= _SPAN_DAYS:
            return NormDate(start.year, start.month, start.day, until=end)
        return first
    low = t.lower()
    base = published.date() if published else None
    m = _QUARTER.match(t)
    if m and (m.group("year") or m.group("rel") or m.group("q") or m.group("h") or future is True):
        # "in the second half" with no year and nothing ahead is more likely a match's than a year's
        return _quarter(m, base, future)
    if m:
        return None
    m = _PART_OF.match(t)
    if m:  # "the end of June", "by the beginning of March 2027": that month
        inner = parse_date(m.group(1), published, future)
        return NormDate(inner.year, inner.month) if inner is not None and inner.month else inner
    m = _WEEK_OF.match(t)
    if m:  # "the week of 14 September": that week, any day of it
        inner = parse_date(m.group(1), published, future)
        day = inner.as_date() if inner is not None else None
        return NormDate(week_of=day - dt.timedelta(days=day.weekday())) if day else inner
    m = re.search(r"\b(last|next)\s+" + _MONTH, t, re.I)
    if m:  # "last August" is behind the report whatever the clause's tense; "next March" ahead of it
        future = m.group(1).lower() == "next"
    for pat in _PATTERNS:
        m = pat.search(t)
        if not m:
            continue
        g = m.groupdict()
        if g.get("iso"):
            return NormDate(int(g["year"]), int(g["imonth"]), int(g["iday"]))
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"]) if g.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = int(g["year"]) if g.get("year") else None
        said = _YEAR_SAID.match(t, m.end())
        if year is None and said and base is not None:  # "May 4 last year", "on 4 May next year"
            year = base.year + {"last": -1, "next": 1, "this": 0}[said.group(1).lower()]
        if year is None and base is not None:
            year = _infer_year(base, month, day or 1, future)
        return NormDate(year, month, day)
    for word, offset in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", low):
            if base is None:
                return None
            d = base + dt.timedelta(days=offset)
            return NormDate(d.year, d.month, d.day)
    m = _WEEKDAY.search(t)
    if m:
        wd = WEEKDAYS[m.group("wd").lower()]
        rel = (m.group("rel") or "").lower()
        if base is None:
            return NormDate(weekday=wd)
        ahead = future if future is not None else rel in ("next", "coming")
        if rel == "last":
            ahead = False
        if ahead:
            delta = (wd - base.weekday()) % 7 or (7 if rel == "next" else 0)
            d = base + dt.timedelta(days=delta)
        else:
            delta = (base.weekday() - wd) % 7
            if rel == "last" and delta == 0:
                delta = 7
            d = base - dt.timedelta(days=delta)
        return NormDate(d.year, d.month, d.day, or_week_before=rel == "last" and delta == 1)
    m = re.search(r"\b(last|next|this)\s+week\b", low)
    if m and base is not None:
        monday = base - dt.timedelta(days=base.weekday())
        shift = {"last": -7, "next": 7, "this": 0}[m.group(1)]
        return NormDate(week_of=monday + dt.timedelta(days=shift))
    m = re.fullmatch(r"(?:(?:early|late|mid|in|by)[\s-]+)?" + _MONTH + r"\s+(?:of\s+)?(?P<rel>last|next|this)\s+year",
                     t.strip(), re.I)
    if m and base is not None:  # "June last year", "in March next year", "May of this year"
        shift = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
        return NormDate(base.year + shift, MONTHS[m.group("month").lower().rstrip(".")])
    m = re.fullmatch(r"(?:(?:early|late|mid|in|by|next|this|last)[\s-]+)?" + _MONTH, t.strip(), re.I)
    if m:  # "June", "in September", "next March": a month, its year from the publication date and the tense
        month = MONTHS[m.group("month").lower().rstrip(".")]
        year = _infer_year(base, month, 15, future) if base is not None else None
        return NormDate(year, month)
    m = re.search(r"\b(?:in\s+)?" + _YEAR + r"\b", t)
    if m and re.fullmatch(r"(?:in\s+)?(?:19|20)\d{2}", low.strip()):
        return NormDate(int(m.group("year")))
    return None


def _infer_year(base: dt.date, month: int, day: int, future: bool | None) -> int:
    """The year that puts month/day nearest the publication date, on the side the tense asks."""
    try:
        same = dt.date(base.year, month, day)
    except ValueError:
        return base.year
    if future is True and same < base - dt.timedelta(days=2):
        return base.year + 1
    if future is False and same > base + dt.timedelta(days=2):
        return base.year - 1
    if future is None and (same - base).days > 180:
        return base.year - 1
    if future is None and (base - same).days > 180:
        return base.year + 1
    return base.year

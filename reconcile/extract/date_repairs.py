"""Repairs of the dates the tagger cuts or joins wrongly: "9 July" cut to "July", "the week" + "of 14 September",
"Thursday" + ", April 23", "Monday to six years" (a day and a prison term), "from May 3 to May 10" after a verb that
moves an event (the old day and the new); and the dates one span holds ("Jan. 14 and March 30")."""

from __future__ import annotations

import re

from reconcile.extract.lexicon import moves_event
from reconcile.extract.spans import Ent
from reconcile.normalize.dates import MONTHS, WEEKDAYS, days_in_a_row, parse_date
from reconcile.normalize.numbers import TENS, UNITS

_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS)
_MONTHS = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3 or m == "may")
_DAY_MONTH_AFTER = re.compile(r",\s((?:\d{1,2}\s(?:" + _MONTHS + r")|(?:" + _MONTHS + r")\s\d{1,2}))\b")
_DAY_TO_TERM = re.compile(r"^(.+?) to ((?:[\w-]+ )?[\w-]+ (?:years?|months?)(?: and [\w-]+ (?:years?|months?|days?))?)$",
                          re.I)
_WITH = re.compile(r"\s+with\b")
_DATE_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_SPAN_AFTER = re.compile(r"(?<=\d),\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)(?:\s+(?:later|earlier|ago))?$",
                         re.I)
_AND_AFTER = re.compile(r"\s+and$")
# "31 last night", "twenty-one overnight": a count the tagger ran into the time after it.
_NUMBER_WORD = "|".join(sorted((set(UNITS) - {"a", "an"}) | {f"{t}(?:-[a-z]+)?" for t in TENS}, key=len, reverse=True))
# So is a term: "jailed for seven years last week".
_COUNT_BEFORE_TIME = re.compile(rf"(?:\d[\d,]*|{_NUMBER_WORD})\s+(?:(?:years?|months?|weeks?)\s+)?"
                                r"(?=(?:last|this|early|late)\s+(?:night|evening|morning|afternoon|week)\b|"
                                r"(?:yesterday|today|tonight|overnight)\b)", re.I)
# "came down on Saturday to 11", a count brought to a figure, tagged with the day before it as one span of days.
_DAY_TO_COUNT = re.compile(rf"^((?:{'|'.join(sorted(_WEEKDAY_WORDS))})(?:\s+(?:morning|afternoon|evening|night))?)"
                           rf"\s+to\s+(?:\d[\d,]*|{_NUMBER_WORD})$", re.I)
# Words of a length of time: "on Sunday, five days after the landslide" is not one date.
_LENGTH = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\b", re.I)
_MONTH_DAY = re.compile(r"^([A-Z][a-z]+\.?) \d{1,2}$")  # "April 14"
# "X to Y" in one span: a route between two places, or a day an event was moved from and the day it was moved to.
SPAN_TO = re.compile(r"^(.+?) to (.+)$")
# How long an event is put off or brought forward by: "a day", "two weeks", "48 hours".
_DELAY = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|\d+) (?:days?|weeks?|months?|hours?)", re.I)


def split_dates(ent: Ent) -> list[tuple[str, int, int]]:
    """ "Jan. 14 and March 30" -> two dates with their own offsets."""
    out = []
    pos = 0
    for part in _DATE_SPLIT.split(ent.text):
        if not part:
            continue
        idx = ent.text.find(part, pos)
        pos = idx + len(part)
        if out and _YEAR_ONLY.fullmatch(part):  # "May 14, 2025": the year is the day's
            out[-1] = (ent.text[out[-1][1] - ent.start:idx + len(part)], out[-1][1], ent.start + idx + len(part))
            continue
        out.append((part, ent.start + idx, ent.start + idx + len(part)))
    whole = parse_date(ent.text)
    if whole is not None and whole.until is not None:
        return [(ent.text, ent.start, ent.end)]  # "Monday and Tuesday": one event's days
    if len(out) == 2 and out[0][0].lower() in WEEKDAYS:
        return [(ent.text, ent.start, ent.end)]  # "Thursday, April 23"
    if len(out) > 1 and all(parse_date(p) for p, _, _ in out):
        return out
    return [(ent.text, ent.start, ent.end)]


class DateRepairs:
    """Date repairs of the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _join_day_to_month(self, ents: list[Ent]) -> None:
        """ "the early hours of 9 July", tagged "July": the day before the month is the date's."""
        for e in ents:
            before = self.doc[e.token_start - 1] if e.token_start > 0 else None
            if e.label == "DATE" and e.text.lower() in _MONTH_WORDS and before is not None \
                    and before.text.isdigit() and 1 <= int(before.text) <= 31 and before.ent_type_ in ("", "DATE"):
                e.text, e.start, e.token_start = self.text[before.idx:e.end], before.idx, before.i

    def _join_part_of_dates(self, ents: list[Ent]) -> list[Ent]:
        """ "the week" + "of 14 September", "the end" + "of June": one date, however the tagger cut it."""
        doc = self.doc
        out = []
        drop: set[int] = set()
        for e in ents:
            if id(e) in drop:
                continue
            words = e.text.lower().split()
            if e.label == "DATE" and words and words[-1] in ("week", "end", "beginning", "start", "middle") \
                    and e.token_end < len(doc) and doc[e.token_end].lower_ == "of":
                j = e.token_end + 1
                while j < len(doc) and j - e.token_end <= 4 and (
                        doc[j].like_num or doc[j].text.rstrip(".").lower() in _MONTH_WORDS):
                    j += 1
                if j > e.token_end + 1:
                    span = doc[e.token_start:j]
                    for o in ents:
                        if o is not e and e.token_end <= o.token_start < j:
                            drop.add(id(o))
                    e.text, e.end, e.token_end = span.text, span.end_char, span.end
            out.append(e)
        return [e for e in out if id(e) not in drop]

    def _join_day_and_date(self, ents: list[Ent]) -> list[Ent]:
        """ "Thursday" + ", April 23": one date, however the tagger cut it; and "Monday" + "and Tuesday", days in a
        row that one event lasted (the date parser decides whether the days are consecutive)."""
        out: list[Ent] = []
        for e in ents:
            m = _DAY_MONTH_AFTER.match(self.text, e.end) if e.label == "DATE" and e.text.lower() in _WEEKDAY_WORDS \
                else None
            span = self.doc.char_span(e.start, m.end(1), alignment_mode="expand") if m else None
            if span is not None:
                # "On Tuesday, 12 May, ...": the tagger reads the day and the month as a number and a name
                e = Ent(span.text, "DATE", span.start_char, span.end_char, span.start, span.end)
            prev = out[-1] if out else None
            gap = self.text[prev.end:e.start] if prev is not None else ""
            if prev is not None and e.start < prev.end:
                continue  # the number and the month taken into the day before them
            month = _MONTH_DAY.match(prev.text) if prev is not None and prev.label == "DATE" else None
            if month is not None and e.label == "NUMBER" and e.text.isdigit() and gap in (" and ", "-", "–") \
                    and days_in_a_row(prev.text, f"{month.group(1)} {e.text}"):
                # "on April 14 and 15": the tagger reads the second day as a number
                out[-1] = Ent(self.text[prev.start:e.end], "DATE", prev.start, e.end, prev.token_start, e.token_end)
                continue
            if (prev is not None and prev.label == "DATE" and e.label == "DATE"
                    and (gap in (", ", " ") and prev.text.lower() in _WEEKDAY_WORDS and not _LENGTH.search(e.text)
                         or gap in (" and ", " to ", " through ", "-", "–") and days_in_a_row(prev.text, e.text))):
                out[-1] = Ent(self.text[prev.start:e.end], "DATE", prev.start, e.end, prev.token_start, e.token_end)
                continue
            out.append(e)
        return out

    def _split_day_and_term(self, ents: list[Ent]) -> list[Ent]:
        """ "sentenced on Monday to six years": the tagger takes "Monday to six years" for one span of time; it is
        the day of the sentencing and the term. "Cut his term from nine years to seven years": two terms. "Came down
        on Saturday to 11": the day, and a count the tagger took for the end of a span."""
        out = []
        for e in ents:
            count = _DAY_TO_COUNT.match(e.text) if e.label == "DATE" else None
            day = self.doc.char_span(e.start, e.start + count.end(1), alignment_mode="contract") if count else None
            if day is not None and len(day):
                # "bringing the toll from a mudslide that came down on Saturday to 11": the day, and a count after it
                out.append(Ent(day.text, "DATE", day.start_char, day.end_char, day.start, day.end))
                continue
            m = _DAY_TO_TERM.match(e.text) if e.label == "DATE" else None
            day = self.doc.char_span(e.start, e.start + m.end(1), alignment_mode="contract") if m else None
            term = self.doc.char_span(e.start + m.start(2), e.end, alignment_mode="contract") if m else None
            if day is None or term is None or not len(day) or not len(term):
                out.append(e)
                continue
            out.append(Ent(day.text, "DATE", day.start_char, day.end_char, day.start, day.end))
            out.append(Ent(term.text, "DATE", term.start_char, term.end_char, term.start, term.end))
        return out

    def _cut_leading_count(self, ents: list[Ent]) -> None:
        """ "the toll climbed to 31 last night", "rose to six overnight", tagged as a time: a count, then when it was
        reached; "jailed for seven years last week": a term, then when it was given."""
        for e in ents:
            m = _COUNT_BEFORE_TIME.match(e.text) if e.label in ("DATE", "TIME") else None
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="contract") if m else None
            if span is not None and len(span):
                e.text, e.start, e.token_start = span.text, span.start_char, span.start

    def _cut_trailing_words(self, ents: list[Ent]) -> None:
        """ "landed on Saturday with winter tents", tagged "Saturday with winter": the day, not what came with it;
        "opened on April 28, five months after ...", tagged "April 28, five months": the day, not the time since;
        "received 5 years and 9 months", tagged "5 years and" and "9 months": the years, joined to the months later;
        "the first leg on April 4 ended 1-1", tagged "April 4 ended 1-1": the day, not what happened on it."""
        for e in ents:
            m = (_WITH.search(e.text) or _SPAN_AFTER.search(e.text) or _AND_AFTER.search(e.text)) \
                if e.label == "DATE" else None
            span = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract") if m else None
            if span is not None and len(span):
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
            verb = next((t for t in self.doc[e.token_start + 1:e.token_end] if t.pos_ == "VERB" and t.text.islower()
                         and t.tag_ in ("VBD", "VBZ", "VBP")), None) if e.label == "DATE" else None
            if verb is None:
                continue
            end = verb.i
            while end > e.token_start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
                end -= 1
            if end > e.token_start:
                span = self.doc[e.token_start:end]
                e.text, e.end, e.token_end = span.text, span.end_char, span.end

    def _split_moved_dates(self, ents: list[Ent]) -> list[Ent]:
        """ "was postponed from May 3 to May 10": the old day and the new, not a span of days; "brought forward by a
        day to Sunday, May 9": the new day, not the delay with it."""
        out = []
        for e in ents:
            m = SPAN_TO.match(e.text) if e.label == "DATE" else None
            first = self.doc[e.token_start]
            by = self.doc[e.token_start - 1] if e.token_start > 0 else None
            if m and by is not None and by.lower_ == "by" and moves_event(by.head) and _DELAY.fullmatch(m.group(1)):
                new = self.doc.char_span(e.start + m.start(2), e.end, alignment_mode="contract")
                if new is not None and len(new):
                    out.append(Ent(new.text, "DATE", new.start_char, new.end_char, new.start, new.end))
                    continue
            verb = first.head.head if first.head.lower_ == "from" else None
            sides = [self.doc.char_span(e.start + m.start(k), e.start + m.end(k), alignment_mode="contract")
                     for k in (1, 2)] if m and verb is not None and moves_event(verb) else []
            if not sides or any(s is None or not len(s) for s in sides):
                out.append(e)
                continue
            out.extend(Ent(s.text, "DATE", s.start_char, s.end_char, s.start, s.end) for s in sides)
        return out

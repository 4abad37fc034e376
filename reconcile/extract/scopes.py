"""What a figure counts when its clause says it is not the plain count: a score over two legs or at half-time, an
election result from a quick count or in one province only. Such figures are compared only with their like."""

from __future__ import annotations

import re

# Scores that are not the match's own: over two legs or a series, at the break, in a shoot-out, or the first leg
# that a report of the second recalls. Said next to the score, within its clause.
_SCORE_KINDS = (("aggregate", re.compile(r"\baggregate\b", re.I)),
                ("series", re.compile(r"\bseries\b", re.I)),
                ("half-time", re.compile(r"\b(?:half[- ]?time|at the (?:break|interval))\b", re.I)),
                ("shoot-out", re.compile(r"\b(?:on penalties|penalty shoot-?out|shoot-?out|on spot-kicks)\b", re.I)),
                ("first leg", re.compile(r"\bfirst[- ]leg\b", re.I)),
                # "stopped at 1-1", "abandoned ... with the score at 1-1": where a match stood when play stopped
                ("interrupted", re.compile(r"\b(?:stopped|halted|suspended|abandoned)\s+at\b|\bwith the score "
                                                 r"(?:at|level at|standing at)\b", re.I)))


def score_kind(text: str, start: int, end: int) -> str:
    """What a score counts when its clause says it is not the match's own ("3-2 on aggregate", "a 1-1 draw in
    the first leg", "leads the series 3-1", "2-0 at half-time"); "" for the match's score."""
    before = re.split(r"[,;:.()]|\band\b|\bafter\b", text[max(0, start - 30):start])[-1]
    after = re.split(r"[,;:.()]|\band\b|\bafter\b|\bto\b|\bgame\b|\bmatch\b", text[end:end + 30])[0]
    for kind, words in _SCORE_KINDS:
        if words.search(after) or words.search(before):
            return kind
    return ""


# An election count that is not the final one, and a result in one part of the area that voted.
_EARLY_COUNT = re.compile(r"\b(?:quick counts?|exit polls?|projections?|parallel vote tabulation)\b", re.I)
_AREA_WORDS = r"(?:province|district|county|region|department|state|municipality|constituency|ward|oblast|prefecture)"
_AREA_AFTER = re.compile(r"^[^,;.]{0,12}?\bin\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+){1,3}" + _AREA_WORDS + r")\b")
_AREA_BEFORE = re.compile(r"\b(?:carried|won|took|swept|in)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+){1,3}" + _AREA_WORDS
                          + r")\b[^,;.]{0,25}$")


def count_scope(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str:
    """What count an election figure is of when it is not the count of the whole area: "quick count" for an
    estimate from a sample ("a quick count gave him 49.2%", "exit polls put her on 41%"; a preliminary count is
    often all the reports have, and is the same count in each), the part of the area for a result in one province
    or district ("carried Arauco province with 41.3 percent"); "" otherwise. ``start``/``end`` are the figure's
    offsets in ``text``, ``sent_start``/``sent_end`` its sentence's."""
    before = text[sent_start:start]
    after = text[end:sent_end]
    area = _AREA_AFTER.match(after) or _AREA_BEFORE.search(before)
    if area:
        return "in " + " ".join(area.group(1).split())
    if _EARLY_COUNT.search(text[sent_start:sent_end]):
        return "quick count"
    return ""

"""A cricket side's total, written as runs for wickets ("184 for six", "187 for 6", "184-6", "169/9"): whose innings
it was, so that each side's total is compared only with the totals other reports give that side. And a batter's runs
("Weerakkody's 164", "a 146 from captain X", "made 74"), the batter's own figure."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.holders import who_holds
from reconcile.extract.scores import match_told, player_figure
from reconcile.models import Claim
from reconcile.normalize.numbers import parse_number
from reconcile.normalize.text import fold

_WICKETS = r"(?:10|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)"
# "184 for six", "187 for 6", and the short forms "184-6" and "169/9" (never a time, a date or a rate).
_TOTAL = re.compile(r"(?<![\d.,/-])(?P<runs>\d{2,3})(?:\s+for\s+(?P<w1>" + _WICKETS + r")|[-/](?P<w2>" + _WICKETS
                    + r"))\b(?![-/.]\d)(?!\s+(?:overs?|balls?|runs?|percent|per\b|%|years?|months?|days?))", re.I)
# Words only a report of cricket uses.
_CRICKET_WORDS = re.compile(r"\b(?:wickets?|overs|innings|batt(?:ed|ing)|bowl(?:ed|ing|er|ers)|declared|all out|"
                            r"run-?out|half-century|sent in to bat|Test|T20|ODI)\b")
# "Galle's 187 for 6", "Galle's total of 184-6", "Sri Lanka's first-innings 276 for 6": the side named as owner.
_OWNER = re.compile(r"(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+(?:(?:first|second)[- ]innings\s+)?"
                    r"(?:(?:total|score|reply)\s+of\s+)?$")


def innings_totals(ctx: DocContext) -> list[Claim]:
    """The totals a report of cricket gives, each with the side whose total it is; none in a report of anything
    else, where "184-6" may be a score or a range."""
    if not _CRICKET_WORDS.search(ctx.text):
        return []
    out = []
    for m in _TOTAL.finditer(ctx.text):
        runs, wickets = int(m["runs"]), parse_number(m["w1"] or m["w2"])
        if wickets is None or m["w2"] and runs < 40:
            continue  # "12-4" is more likely a score of another kind than a total
        sent = ctx.sentence_at(m.start())
        side = _side(ctx, sent, m)
        if not side:
            continue  # a total of no side one can tell would be compared with both sides' totals
        # A club goes by its town ("Galle", "Galle Sea Eagles") and a country by its name: the first word keys it.
        key = fold(side).split()[0]
        out.append(ctx.claim(kind="quantity", subject=f"innings total of {side}", attribute=f"score:innings {key}",
                             value=m.group(0), start=m.start(), end=m.end(), value_type="score",
                             norm=f"{runs}/{int(wickets)}",
                             # (of the match its sentence tells, like a score: the day, or the game of a series)
                             qualifiers={"category": "innings total", "unit": "score", "approx": "exact",
                                         "noun": "total", **match_told(ctx, sent)},
                             extractor="quantity.innings", confidence=0.7))
    return out


def _side(ctx: DocContext, sent, m: re.Match) -> str:
    """The side a total is of: the name that owns it ("Galle's 187 for 6"), else the subject of its clause ("Galle,
    sent in to bat, piled up 184 for six"); "" for a person (a batter's figures are not a side's total)."""
    owner = _OWNER.search(ctx.text[sent.start_char:m.start()])
    if owner:
        return owner["owner"]
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return ""
    side = who_holds(ctx, list(span), sent)
    people = {e.text for e in ctx.ents if e.label == "PERSON"}
    if side and side not in people:
        return side
    # "... with 78 off 44 balls as Galle, sent in to bat, piled up 184 for six": the clause's subject parsed
    # elsewhere; the last side (a place or a body, never a batter) named before the total
    sides = [e for e in ctx.ents_in(sent.start_char, m.start(), "ORG", "PLACE", "NORP") if not ctx.in_dateline(e)]
    return sides[-1].text if sides else ""


# A batter's score: "Weerakkody's 164", "a 146 from captain X", "X made 74", "scored 112 off 118 balls".
_BATTER_OWNS = re.compile(r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+(?P<n>\d{2,3})(?![\d:%-]|[,.]\d)"
                          r"(?!\s+(?:[a-z]+s\b|per|percent|runs? (?:lead|target)|for\b))")
_BATTER_FROM = re.compile(r"\ban?\s+(?P<n>\d{2,3})\s+from\s+(?:(?:the\s+)?(?:captain|opener|batter|batsman|"
                          r"skipper|wicketkeeper)\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_BATTER_MADE = re.compile(r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:made|scored|hit|struck|smashed)\s+"
                          r"(?P<n>\d{2,3})(?:\s+not\s+out)?(?:\s+(?:off|from)\s+\d{1,3}\s+balls)?(?![\d:%-]|[,.]\d)"
                          r"(?!\s+(?:[a-z]+s\b|per|percent|for\b))")


def batter_scores(ctx: DocContext) -> list[Claim]:
    """The runs a batter made in an innings, in a report of cricket: the batter's figure, with the match its
    sentence tells (``scores.player_figure``), so that only the runs one batter made in one match are compared."""
    if not _CRICKET_WORDS.search(ctx.text):
        return []
    out = []
    taken: list[tuple[int, int]] = []
    for pattern in (_BATTER_OWNS, _BATTER_FROM, _BATTER_MADE):
        for m in pattern.finditer(ctx.text):
            if any(a <= m.start("n") < b for a, b in taken):
                continue
            batter = next((e for e in ctx.ents_in(m.start("who"), m.end("who"), "PERSON")), None)
            if batter is None:
                continue  # a side's runs ("Sri Lanka's 287") are its total, read with ``innings_totals``
            taken.append((m.start("n"), m.end("n")))
            out.append(player_figure(ctx, category="batting score", unit="runs", holder=batter.text,
                                     start=m.start("n"), end=m.end("n"), norm=float(m.group("n")), confidence=0.65))
    return out

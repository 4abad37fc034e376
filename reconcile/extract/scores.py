"""Scores of matches ("won 2-1", "6-4, 3-6, 7-5", "took a 1-0 lead in the series"): what each counts (the match, a
set, a tie-break, the series, a leg) and which match it is of (the day and the game its sentence tells), so that
``figures`` compares only scores of one match."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.scopes import LEGS, SCORE, score_kind, stage_of, told
from reconcile.models import Claim
from reconcile.normalize.dates import parse_date
from reconcile.normalize.numbers import parse_number, parse_ordinal

_SCORE_WORDS = {"win", "won", "beat", "victory", "defeat", "lost", "loss", "draw", "drew", "score", "scoreline",
                "thrashing", "triumph", "edged", "claimed", "result", "scorecard", "scorecards"}
_NEEDED = re.compile(r"\b(?:needs?|must|have to|has to|had to|would have to)\s+(?:to\s+)?(?:win|beat\s+[\w ]{1,30}?)\s+(?:by\s+)?$",
                     re.I)
# Scores one after another, set by set: "6-4, 3-6, 7-5", "3-1 (25-21, 22-25, 25-18, 25-19)".
_SET_RUN = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}(?:,\s*\d{1,2}\s?[-–]\s?\d{1,2})+")
_GAME_NUMBER = re.compile(r"\bgame\s+(\d{1,2}|one|two|three|four|five|six|seven)\b|\b(first|second|third|fourth|fifth|"
                          r"sixth|seventh|opening)\s+game\b", re.I)


def scores_in(ctx: DocContext, sent, covered: list[tuple[int, int]]) -> list[Claim]:
    """The scores a sentence tells of matches played, each with what it counts and the match's day and game. Scores
    inside ``covered`` spans are skipped, and the spans of those found are added to it."""
    s0, text = sent.start_char, sent.text
    if not any(t.lower_ in _SCORE_WORDS or t.lemma_.lower() in _SCORE_WORDS for t in sent):
        return []
    claims = []
    match = match_told(ctx, sent)
    named: list[list[int]] = []
    last_end = s0
    for m in SCORE.finditer(text):
        start, end = s0 + m.start(), s0 + m.end()
        if any(a < end and start < b for a, b in covered):
            continue
        if _NEEDED.search(text[:m.start()]):
            continue  # "Rewa need to win 1-0 to go through": a score hoped for, not one played
        if re.search(r"[^\W\d_]", text[last_end - s0:m.start()]):
            named = _sides_named(ctx, sent, last_end, start, end)  # a run of set scores shares its names
        last_end = end
        a, b = int(m.group(1)), int(m.group(2))
        nth = _set_number(text, m)
        kind = f"set {nth}" if nth else score_kind(text, m.start(), m.end()) or (
            "first leg" if (stage_of(text, 0, len(text), m.start(), m.end(), LEGS)
                            or told(ctx, LEGS)) == "first leg" else "")
        subject, attribute = (f"{kind} score", f"score:{kind}") if kind else ("final score", "score")
        of_clause = _match_of_clause(ctx, start, match)
        claims.append(ctx.claim(kind="quantity", subject=subject, attribute=attribute, value=m.group(0),
                                start=start, end=end, value_type="score", norm=f"{max(a, b)}-{min(a, b)}",
                                qualifiers={"category": "score", "unit": "score", "approx": "exact", **of_clause,
                                            **({"named": named} if named else {})},
                                extractor="quantity.score", confidence=0.75))
        covered.append((start, end))
    return claims


# Words before a name that make it where a match was played, not a side in it: "at the Stade X in Y".
_VENUE_BEFORE = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?$", re.I)


# Where the words of the next clause begin after a score: "6-3, 7-5 to set up a final against X".
_CLAUSE_AFTER = re.compile(r"[,;:.()]|\b(?:to|and|after|before|while|when|but)\b")


def _sides_named(ctx: DocContext, sent, since: int, start: int, end: int) -> list[list[int]]:
    """The spans of the names that may be a score's sides (teams, players, countries): those told since the score
    before it in the sentence (``since``), and those in its clause after it ("a 3-0 win over X"). Not a name after
    "at" or "in" (the ground, the town), nor one that only says whose or of what ("Kelvo's", "of Kelvo", "the
    final of the X Open"), nor a wire story's dateline. ``figure_sides`` turns them into the entities they are, once
    names are resolved across reports."""
    after = _CLAUSE_AFTER.search(ctx.text, end, sent.end_char)
    stop = after.start() if after else sent.end_char
    spans = []
    for e in ctx.ents_in(since, stop, "PERSON", "ORG", "NORP", "PLACE"):
        before = ctx.text[max(sent.start_char, e.start - 12):e.start]
        if ctx.in_dateline(e) or _VENUE_BEFORE.search(before) or re.search(r"\bof\s+(?:the\s+)?$", before) \
                or ctx.text.startswith(("'s", "’s"), e.end) or start <= e.start < end:
            continue
        spans.append([e.start, e.end])
    return spans


def match_told(ctx: DocContext, sent) -> dict:
    """The match a sentence tells, as qualifiers of a figure of it (a score, a side's total): the day ("day") and
    the game of a series ("game") the sentence names, where it names them."""
    day = _day_told(ctx, sent)
    game = _game_told(sent.text, by_series=not day)
    return {**({"day": day} if day else {}), **({"game": game} if game else {})}


def player_figure(ctx: DocContext, *, category: str, unit: str, holder: str, start: int, end: int, norm: float,
                  confidence: float = 0.7) -> Claim:
    """A player's figure of one game (points scored, a batter's runs), told with the game's day and number where its
    sentence names them (``match_told``), so that ``figures`` compares only those of one game."""
    return ctx.claim(kind="quantity", subject=f"{unit} of {holder}", attribute=f"count:{category}",
                     value=ctx.text[start:end], start=start, end=end, value_type="number", norm=norm,
                     qualifiers={"category": category, "unit": unit, "approx": "exact", "noun": unit, "holder": holder,
                                 **match_told(ctx, ctx.sentence_at(start))},
                     extractor="quantity." + category.replace(" ", "_"), confidence=confidence)


def _set_number(text: str, m: re.Match) -> int:
    """Which set a score is of, when it is one of a run of set scores; 0 for a score of its own."""
    for run in _SET_RUN.finditer(text):
        if run.start() <= m.start() < run.end():
            return len(SCORE.findall(text[run.start():m.start()])) + 1
    return 0


def _game_told(text: str, by_series: bool = True) -> int:
    """Which game of a series a sentence tells: "Game 2", "the third game", or (``by_series``) the games its
    series score adds up to ("took a 1-0 lead in the series" after the first; not when the sentence tells a day,
    as in "a 2-1 lead in the series after Tuesday's defeat", which is of an earlier game); 0 when it tells none."""
    m = _GAME_NUMBER.search(text)
    if m:
        word = (m.group(1) or m.group(2)).lower()
        return 1 if word == "opening" else int(parse_ordinal(word) or parse_number(word) or 0)
    for s in SCORE.finditer(text if by_series else ""):
        if score_kind(text, s.start(), s.end()) == "series":
            return int(s.group(1)) + int(s.group(2))
    return 0


def _match_of_clause(ctx: DocContext, start: int, match: dict) -> dict:
    """The match qualifiers of a score at ``start``: the sentence's (``match``), but for a score told in a relative
    clause ("Kelvo, who beat Orvel 27-17 in the final, paraded the trophy on Monday"), whose day is only one the
    clause or the noun it tells of gives ("Saturday's opener, which Kelvo won 78-74")."""
    tok = ctx.token_at(start)
    verb = next((a for a in ([tok, *tok.ancestors] if tok is not None else []) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("relcl", "acl") or "day" not in match:
        return match
    clause = ctx.doc[verb.head.left_edge.i:verb.head.right_edge.i + 1]
    day = _day_told(ctx, clause)
    return {k: v for k, v in match.items() if k != "day"} | ({"day": day} if day else {})


def _day_told(ctx: DocContext, sent) -> str:
    """The one day a sentence tells (ISO), as its report's date resolves it: the day of a match whose score it
    gives ("beat them 3-1 on Saturday", "tonight"); "" when it tells none or more than one."""
    days = {d.as_date() for e in ctx.ents_in(sent.start_char, sent.end_char, "DATE", "TIME") if not ctx.in_dateline(e)
            and (d := parse_date(e.text, ctx.source.published, False)) is not None}
    days.discard(None)
    return days.pop().isoformat() if len(days) == 1 else ""

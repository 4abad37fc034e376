"""The points a player scored in one game: "Whitaker finished with 31 points", "scored 27 points in the decider",
"poured in 24 points on Sunday". Each is the player's figure, told with the day and the game of a series its sentence
names (``scores.player_figure``), so that ``figures`` compares only the points of one game.

A side's points in a league table ("top of the table with 31 points") are no player's: the clause's subject is a club,
and only a person's points are read."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.durations import person_timed
from reconcile.extract.scores import player_figure
from reconcile.models import Claim
from reconcile.normalize.numbers import parse_number

# A player's points, after the verb that tells them scored: "scored", "finished with", "added", "poured in", "had".
_POINTS = re.compile(
    r"\b(?:scor(?:ed|es|ing)|finish(?:ed|es|ing)\s+with|end(?:ed|s)\s+with|add(?:ed|s|ing)|pour(?:ed|s|ing)\s+in|"
    r"put\s+up|had|has|top-scored\s+with|led\s+(?:all\s+scorers|the\s+scoring|\w+)\s+with)\s+"
    r"(?:an?\s+(?:game|career|season|match|team)-high\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d)?|[a-z]+(?:-[a-z]+)?)\s+(?:raid\s+|tackle\s+)?points\b", re.I)


def player_points(ctx: DocContext) -> list[Claim]:
    """The points each player is told to have scored in a game, with the game's day and number where told."""
    out = []
    for m in _POINTS.finditer(ctx.text):
        value = parse_number(m.group("n").replace("-", " "))
        if value is None or value <= 0:
            continue
        person = person_timed(ctx, m.start("n"))
        if person is None:
            continue
        out.append(player_figure(ctx, category="points", unit="points", holder=person.text, start=m.start("n"),
                                 end=m.end(), norm=value))
    return out

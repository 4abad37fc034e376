"""A game told only by its result ("X beat Y 3-1 in Z on Wednesday to reach the final"): placed, dated, staged and
known by its two sides, so that two reports of one semi-final are compared and two semi-finals are not.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

from tests.test_event_plans import analyse, values

WIRE = ("Orvel Sports Wire", "2027-05-21")
PAPER = ("Marstadt Courier", "2027-05-24")


def test_a_semi_final_told_by_its_result_is_placed_and_compared(tmp_path):
    analysis = analyse(tmp_path, [
        (*WIRE, """
        NARVA, May 21 (OSW) - Kelvo United beat Orvel Rovers 3-1 in Tartu on Wednesday to reach the final of the
        Baltic Shield, where they will meet Arvel Athletic.
        """),
        (*PAPER, """
        Kelvo United have never won the Baltic Shield. Their coach, Edvin Laske, said the side had grown up this
        season. Kelvo, so sure of themselves in their 3-1 semi-final win over Orvel Rovers in Pärnu, will need more
        against Arvel Athletic on Saturday.
        """),
    ])
    assert {"Tartu", "Pärnu"} in values(analysis, "place_conflict")


def test_a_result_told_by_the_clause_the_win_hangs_on_is_dated_and_placed(tmp_path):
    # "Laske struck twice as X beat Y on Tuesday at Z": the parser hangs the day and the ground on "struck"; "reached
    # the final with a 2-0 win over Y": the win's sides are the subject of "reached" and the loser after "over".
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Edvin Laske struck in each half as Kelvo United beat Orvel Rovers 2-0 on Tuesday
        at the Rakvere Arena in Rakvere, the second a low shot from the edge of the box.
        The final against Arvel Athletic is on Saturday.
        """),
        (*PAPER, """
        Kelvo United reached the final with a 2-0 win over Orvel Rovers on Tuesday at the Narva Arena in Narva, in
        front of a packed home crowd.
        """),
    ])
    assert {"Rakvere Arena in Rakvere", "Narva Arena in Narva"} in values(analysis, "place_conflict")


def test_two_semi_finals_each_told_by_its_result_are_not_one_game(tmp_path):
    # Each report tells the other semi-final: different sides, different games, whatever their grounds.
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Kelvo United beat Orvel Rovers 3-1 in Tartu on Wednesday to reach the final of the Baltic Shield.
        """),
        (*PAPER, """
        Arvel Athletic beat Marstadt City 2-0 in Pärnu on Wednesday to reach the final of the Baltic Shield.
        """),
    ])
    assert not values(analysis, "place_conflict")


def test_games_of_a_series_between_the_same_sides_are_not_told_apart_by_their_sides(tmp_path):
    # In a best-of-five final the two sides meet up to five times: the result of one game in one report and of
    # another in the next are two games.
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Kelvo United beat Orvel Rovers 91-85 in Tartu on Sunday to take a 2-0 lead in the best-of-five final.
        """),
        ("Marstadt Courier", "2027-05-30", """
        Kelvo United beat Orvel Rovers 88-80 in Narva on Saturday and lead the best-of-five final 2-1.
        The next game of the final is on Tuesday in Narva.
        """),
    ])
    assert not values(analysis, "place_conflict")
    assert not values(analysis, "date_conflict")

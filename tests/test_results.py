"""A game told only by its result ("X beat Y 3-1 in Z on Thursday night to reach the final"): placed, dated, staged and
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
        NARVA, May 21 (OSW) - Kelvo United beat Orvel Comets 3-1 in Tartu on Thursday night to reach the final
        of the Baltic Shield, where Arvel Athletic await them.
        """),
        (*PAPER, """
        Kelvo United have never won the Baltic Shield. Their coach, Edvin Laske, said the side had grown up this
        season. Kelvo, so sure of themselves in their 3-1 semi-final victory over Orvel Comets in Pärnu, will need more
        against Arvel Athletic on Saturday.
        """),
    ])
    assert {"Tartu", "Pärnu"} in values(analysis, "place_conflict")


def test_a_result_told_by_the_clause_the_win_hangs_on_is_dated_and_placed(tmp_path):
    # "Laske struck twice as X beat Y on Tuesday at Z": the parser hangs the day and the ground on "struck"; "reached
    # the final with their 2-0 win over Y": the win's sides are the subject of "reached" and the loser after "over".
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Edvin Laske scored twice as Kelvo United beat Orvel Comets 2-0 on Tuesday
        at the Rakvere Arena in Rakvere, the second a curling shot after the break.
        The final against Arvel Athletic is on Saturday.
        """),
        (*PAPER, """
        Kelvo United reached the final with their 2-0 win over Orvel Comets on Tuesday
        at the Narva Arena in Narva, watched by 4,000 of their own fans.
        """),
    ])
    assert {"Rakvere Arena in Rakvere", "Narva Arena in Narva"} in values(analysis, "place_conflict")


def test_two_semi_finals_each_told_by_its_result_are_not_one_game(tmp_path):
    # Each report tells the other semi-final: different sides, different games, whatever their grounds.
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Kelvo United beat Orvel Comets 3-1 in Tartu on Thursday night to go through to the Baltic Shield final.
        """),
        (*PAPER, """
        Arvel Athletic beat Marstadt City 2-0 in Pärnu on Thursday night to go through to the Baltic Shield final.
        """),
    ])
    assert not values(analysis, "place_conflict")


def test_games_of_a_series_between_the_same_sides_are_not_told_apart_by_their_sides(tmp_path):
    # In a best-of-seven final the two sides meet up to seven times: the result of one game in one report and of
    # another in the next are two games.
    analysis = analyse(tmp_path, [
        (*WIRE, """
        Kelvo United beat Orvel Comets 91-85 in Tartu on Sunday and lead the best-of-seven final 2-0.
        """),
        ("Marstadt Courier", "2027-05-30", """
        Kelvo United beat Orvel Comets 88-80 in Narva on Saturday and lead the best-of-seven final 3-0.
        The next game of the final is on Tuesday in Narva.
        """),
    ])
    assert not values(analysis, "place_conflict")
    assert not values(analysis, "date_conflict")


def test_one_report_s_results_of_two_games_are_two_games(tmp_path):
    from reconcile.events_told import events_of

    analysis = analyse(tmp_path, [(*WIRE, """
        Kelvo United beat Orvel Comets 3-1 in Tartu on Thursday night to go through to the Baltic Shield final.
        Arvel Athletic beat Marstadt City 2-0 on Thursday night to go through to the Baltic Shield final.
        """)])
    games = [e for e in events_of(analysis.claims) if e.sides]
    assert len(games) == 2


def test_a_lead_taken_or_a_series_levelled_is_no_final_score(tmp_path):
    # where a series stood after a game is not the game's score, nor a figure one report alone gives
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2027-04-18", "In the other semi-final, the Kelvo Falcons took a 1-0 lead over Orvel with "
                                      "a comfortable home win on Friday."),
        ("Peninsula Herald", "2027-04-19", "The Kelvo Falcons beat Orvel 88-81 on Friday. Orvel won 83-80 in the "
                                           "fourth game on Monday to level it at 2-2."),
    ])
    assert values(analysis, "number_conflict") == []
    assert not any(c.value in ("1-0", "2-2") for f in analysis.flags for c in f.claims)

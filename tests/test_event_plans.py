"""Events whose plans change: venues in a ground's name, "due to be held", negated plans, moved fixtures.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

import reconcile


def analyse(tmp_path, articles: list[tuple[str, str, str]]):
    for i, (outlet, published, body) in enumerate(articles):
        (tmp_path / f"{i:02d}.md").write_text(
            f"---\noutlet: {outlet}\npublished: {published}\n---\n{textwrap.dedent(body).strip()}\n", encoding="utf-8")
    return reconcile.analyse([tmp_path])


def values(analysis, kind: str) -> list[set[str]]:
    return [{c.value for c in f.claims} for f in analysis.flags if f.kind == kind]


def event_claims(analysis, attribute: str) -> list:
    return [c for c in analysis.claims if c.kind == "event" and c.attribute == attribute]


def test_a_moved_fixture_shows_both_the_old_and_the_new_plan(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coastal Sports Wire", "2027-03-14", """
        Harbour Rovers beat Inland United 2-0 in the first leg of the cup semi-final on Sunday.
        The return leg is next Saturday in Glasgow.
        """),
        ("Northern Football Daily", "2027-03-15", """
        Harbour Rovers took a two-goal lead from the first leg on Sunday.
        The second leg is on Saturday at the Glasgow Green Stadium.
        """),
        ("Cup Live", "2027-03-17", """
        The federation has agreed to move the second leg of the semi-final to the Aberdeen Municipal Stadium.
        Kick-off is now on Sunday.
        """),
        ("Football Business Weekly", "2027-03-18", """
        The federation moved Sunday's return leg from Glasgow to the Aberdeen Municipal Stadium because the
        pitch is being relaid.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert len(places) == 1 and {"Aberdeen Municipal Stadium"} < places[0]
    assert places[0] & {"Glasgow", "Glasgow Green Stadium"}
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and "Sunday" in dates[0] and dates[0] & {"next Saturday", "Saturday"}


def test_the_town_of_a_venue_is_what_sources_compare(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Sport", "2026-05-15", """
        The holders will go for a third title when they face the visitors in the final at Elm Park in Dundee
        on Saturday.
        """),
        ("Pacific Football", "2026-05-18", """
        The holders won Sunday's final in Aberdeen 2-1. The match was switched to Aberdeen after rain.
        """),
    ])
    place = [c for c in event_claims(analysis, "place") if c.source_id == "00"]
    assert [c.value for c in place] == ["Elm Park in Dundee"]
    assert values(analysis, "place_conflict") == [{"Elm Park in Dundee", "Aberdeen"}]


def test_due_to_be_held_and_reconvene_give_the_next_meeting(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-09-15", """
        The next round of talks is due to be held in Dilijan in December, officials said.
        """),
        ("Energy Monitor", "2027-09-20", """
        Negotiators from the three countries will reconvene in Vanadzor in early December, the ministry said
        on Friday.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Dilijan", "Vanadzor"}]


def test_a_place_an_event_will_not_be_held_in_is_not_its_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Monitor", "2027-04-21", """
        The next round of negotiations will not be held in Kutaisi as first announced.
        The foreign ministry said on Monday that the round planned for May would take place in Batumi.
        """),
    ])
    assert "Kutaisi" not in {c.value for c in event_claims(analysis, "place")}
    assert "Batumi" in {c.value for c in event_claims(analysis, "place")}


def test_sitting_down_again_is_a_meeting(tmp_path):
    analysis = analyse(tmp_path, [
        ("Caucasus Wire", "2026-04-15", "The two delegations will sit down again in Batumi in May, the statement said."),
    ])
    assert [c.value for c in event_claims(analysis, "place")] == ["Batumi"]


def test_a_sentencing_date_planned_and_as_held(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2026-05-08", """
        A judge on Thursday found the former transport secretary guilty of embezzlement.
        Judge Marta Quiroga said she would hand down the sentences on May 14.
        """),
        ("Capital Sentinel", "2026-05-22", """
        A judge in Cordoba on Thursday sentenced the former transport secretary to nine years in prison.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"May 14", "Thursday"}]


def test_a_capsize_off_a_town_and_a_meeting_in_a_smaller_city(tmp_path):
    analysis = analyse(tmp_path, [
        ("River Wire", "2026-05-11", """
        The ferry overturned near Bhairab on Sunday evening, police said.
        On Wednesday the deputy minister chaired an emergency meeting in Bac Kan with rescue commanders.
        """),
        ("Delta Radio", "2026-05-12", """
        The death toll from Sunday's ferry capsize off Narsingdi has risen.
        In Cao Bang on Wednesday, the deputy minister chaired an emergency meeting on the disaster.
        """),
    ])
    assert {"Bhairab", "Narsingdi"} in values(analysis, "place_conflict")
    assert {"Bac Kan", "Cao Bang"} in values(analysis, "place_conflict")


def test_a_competition_won_on_another_day_than_its_final_was_set_for(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Side Wire", "2026-06-06", """
        The two semi-finals were played on Saturday.
        The final is scheduled for Sunday afternoon on the centre court.
        """),
        ("Global Tennis News", "2026-06-08", """
        Marta Lindqvist won the Baltic Hard Court Open on Monday, beating Ana Petrescu 6-4 6-3 after rain.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Sunday", "Monday"}]


def test_one_count_in_every_report_is_one_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("County Wire", "2026-06-05", "The count at Millbrook Sports Hall went on through the night."),
        ("Shire Review", "2026-06-06", "The count in the early hours of Friday capped a campaign fought largely on potholes and bus routes."),
        ("Millbrook Weekly", "2026-06-09", "His supporters were still celebrating the result, announced at the "
                                           "count at Millbrook Sports Hall on Saturday, when he was back in the square."),
    ])
    assert values(analysis, "date_conflict") == [{"Friday", "Saturday"}]


def test_a_vehicle_striking_ground_and_a_hall_blowing_apart_are_events_with_places(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plains Wire", "2026-02-09", """
        The turboprop came down in farmland near the village of Pellingford on Sunday, the emergency service said.
        """),
        ("Valley Radio", "2026-02-10", """
        The plane struck a low ridge outside Brackwater on Sunday evening, about six kilometres from the runway.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Pellingford", "Brackwater"}]
    claims = reconcile.analyse([_write(tmp_path / "blast", "2026-11-04", """
        When the mixing hall at the Velka Lakovna plant in Zlin blew apart on Tuesday night, windows across the
        street shattered.
        """)]).claims
    assert "Zlin" in {c.value for c in claims if c.kind == "event" and c.attribute == "place"}


def _write(folder, published: str, body: str):
    folder.mkdir()
    (folder / "a.md").write_text(f"---\npublished: {published}\n---\n{textwrap.dedent(body).strip()}\n",
                                 encoding="utf-8")
    return folder


def test_the_number_of_a_title_counted_differently(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Sport", "2026-05-15", "Port Vella will go for a third regional cup title when they face the hosts."),
        ("Harbour Radio", "2026-05-18", "Port Vella are regional cup champions for the fourth time after a 2-1 win."),
        ("Cup Weekly", "2026-05-19", "The win gave Port Vella their third regional cup title."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "fourth"}]


def test_the_number_of_a_title_the_parser_hung_on_the_word_before_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Sport", "2026-05-24", "Port Vella beat Kelvo 10-8 in the deciding game to win the series 3-2 and "
                                       "claim their 13th championship."),
        ("Harbour Radio", "2026-05-25", "Port Vella won the deciding game to win the series 3-2 and take their 12th "
                                        "league title and their first since 2019."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"13th", "12th"}]


def test_the_number_of_a_bid_counted_differently(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Sport", "2026-05-15", "Iveta Lupescu launched her third bid for the presidency in Kelvo."),
        ("Harbour Radio", "2026-05-18", "The former minister is in her second bid for the presidency, Lupescu told "
                                        "supporters."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "second"}]


def test_a_first_time_is_not_a_count_of_titles(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Sport", "2026-05-15", "For the first time, the minister spoke about the budget."),
        ("Harbour Radio", "2026-05-18", "The minister spoke about the budget for the second time this week."),
    ])
    assert values(analysis, "ordinal_conflict") == []


@pytest.mark.parametrize(("first", "second", "kind", "expected"), [
    # A commission's session is counted with its rounds of talks.
    (("Andes Wire", "2027-05-11", "Peru and Bolivia opened the third round of talks on the border railway in "
                                  "Arequipa on Tuesday, officials said."),
     ("Rail Review", "2027-05-20", "The binational railway commission ended its fourth session, held in Arequipa on "
                                   "May 11-12, with a protocol on freight tariffs."),
     "ordinal_conflict", {"third", "fourth"}),
    # The day someone takes office is the day of the swearing-in.
    (("Valley Herald", "2027-10-20", "Whoever wins the run-off takes office on November 8, the electoral commission "
                                     "said."),
     ("Local Government Review", "2027-10-30", "The new mayor, Ana Kovac, will be sworn in on Monday, November 15."),
     "date_conflict", {"November 8", "Monday, November 15"}),
    # A prison called a correctional facility is where the convicted are taken.
    (("Copperbelt Courier", "2029-04-16", "Mwale and Chanda were led from the dock to Kabwe Central Correctional "
                                          "Facility after the sentencing on Monday."),
     ("Southern Voice", "2029-04-17", "Chanda and Mwale were taken to Mukobeko Correctional Facility after the "
                                      "sentencing on Monday."),
     "place_conflict", {"Kabwe Central Correctional Facility", "Mukobeko Correctional Facility"}),
    # A council's first sitting, set for one day and held on another.
    (("Coast Daily", "2027-05-01", "The new council's first sitting is set for May 12, when members will elect the "
                                   "mayor."),
     ("Peninsula Herald", "2027-05-16", "The first sitting of the new council was held on Friday, May 15, three "
                                        "days later than planned."),
     "date_conflict", {"May 12", "Friday, May 15"}),
    # "Moved from Saturday to Sunday": the day a held final was played is the new one, not the old.
    (("Coast Daily", "2027-09-09", "The provincial final will be played in Tartu on Saturday, the federation said."),
     ("Peninsula Herald", "2027-09-14", "A crowd of 9,000 watched the final, which had been moved from Saturday to "
                                        "Sunday because of heavy rain."),
     "date_conflict", {"Saturday", "Sunday"}),
])
def test_one_event_told_by_other_nouns_in_two_reports(tmp_path, first, second, kind, expected):
    assert expected in values(analyse(tmp_path, [first, second]), kind)


def test_two_reports_that_number_a_series_one_apart_compare_its_next_round_too(tmp_path):
    # The later report calls the round held on May 4-5 the fourth and the coming one the fifth: the older report's
    # "fourth round", planned after the third was held, is that coming round, not the one held.
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-05-06", """
        Peru and Bolivia ended the third round of talks on the border railway in Arequipa on Wednesday.
        The commission will hold its fourth round in Cusco on August 10, officials said.
        """),
        ("Rail Review", "2027-05-20", """
        The binational railway commission ended its fourth session, held in Arequipa on May 4-5, with a protocol.
        The commission's fifth session will be held in Tacna, the ministry said.
        """),
    ])
    ordinals = values(analysis, "ordinal_conflict")
    assert {"third", "fourth"} in ordinals and {"fourth", "fifth"} in ordinals
    assert {"Cusco", "Tacna"} in values(analysis, "place_conflict")


def test_a_ground_named_after_its_town_is_not_another_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Sport", "2026-05-16", "The match was moved to the Dunvale Stadium and will be played on Sunday."),
        ("Valley Football", "2026-05-18", "Harbour Rovers 2 Dunvale City 1: the match was played in Dunvale on Sunday."),
    ])
    assert values(analysis, "place_conflict") == []
    assert not any(m.text.endswith(" 2") for m in analysis.mentions)


def test_a_matchday_numbered_after_the_noun(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-05-13", "The coach says his side will not be intimidated when the leaders come to "
                                      "Brayford Park on Saturday for matchday 18 of the league."),
        ("Peninsula Herald", "2026-05-18", "The home side beat the leaders 2-1 in Sunday's 19th-round match at "
                                           "Brayford Park."),
    ])
    assert {"18", "19th"} in values(analysis, "ordinal_conflict")
    assert {"Saturday", "Sunday"} in values(analysis, "date_conflict")


def test_a_game_numbered_by_a_word_after_the_noun(tmp_path):
    # "Game four is scheduled ...", which the parser hangs on "four", and "won game two"
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-05-18", "Game four is scheduled for Saturday evening at the club gym in Marstadt. "
                                      "Orvel City won game two in five sets on Sunday in Kelvo."),
        ("Peninsula Herald", "2026-05-19", "Orvel City won the third game on Sunday in Kelvo. The fourth game will "
                                           "be played on Saturday in Arvel."),
    ])
    ordinals = {(c.value, c.qualifiers["trigger"]) for c in event_claims(analysis, "ordinal")}
    assert ordinals == {("four", "game"), ("two", "game"), ("third", "game"), ("fourth", "game")}
    assert {"two", "third"} in values(analysis, "ordinal_conflict")
    assert {"Marstadt", "Arvel"} in values(analysis, "place_conflict")


def test_a_mass_prayer_for_the_victims_is_an_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-09", "A mass prayer for the victims will be held at the grand mosque in Rakvere on "
                                      "Wednesday, the governor said."),
        ("Peninsula Herald", "2026-03-13", "Thousands attended a mass prayer for the victims at the grand mosque in "
                                           "Rakvere on Thursday."),
    ])
    assert {"Wednesday", "Thursday"} in values(analysis, "date_conflict")


def test_the_dead_buried_somewhere_is_the_burial(tmp_path):
    # "they will be buried", "six of the dead were buried in X, the seat of Y": the burial, in a town the apposition
    # says is one; houses buried by a landslide are no burial
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-10", "Six of the bodies have not been identified. They will be buried on Saturday "
                                      "in a public cemetery in Rakvere. Four houses were buried in Narva."),
        ("Peninsula Herald", "2026-03-16", "Six of the dead could not be identified and were buried in Kelvavik, the "
                                           "seat of Orvel regency."),
    ])
    burials = {c.value for c in event_claims(analysis, "place") if c.qualifiers["trigger"] == "burial"}
    assert burials == {"Rakvere", "Kelvavik"}
    assert {"Rakvere", "Kelvavik"} in values(analysis, "place_conflict")


def test_a_family_laid_to_rest_is_the_burial(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-09-18", "Among the dead are five members of one family. The family will be buried on "
                                      "Sunday in Rakvere, the village they came from."),
        ("Peninsula Herald", "2026-10-06", "Edvin Laske, his wife and their three children were laid to rest in "
                                           "Tartu on September 20, beside the house where he was born."),
    ])
    burials = {(c.value, c.source_id) for c in event_claims(analysis, "place") if c.qualifiers["trigger"] == "burial"}
    assert burials == {("Rakvere", "00"), ("Tartu", "01")}
    assert {"Rakvere", "Tartu"} in values(analysis, "place_conflict")


def test_a_tribute_held_is_an_event_and_paying_tribute_is_not(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-09-18", "A national tribute to the victims will be held in Rakvere on Saturday, "
                                      "September 26, the minister said. The mayor paid tribute to the rescuers in "
                                      "Narva on Monday."),
        ("Peninsula Herald", "2026-10-06", "On Saturday, October 3, thousands attended the national tribute to the "
                                           "victims at the stadium in Tartu."),
    ])
    tributes = {c.value for c in event_claims(analysis, "place") if c.qualifiers["trigger"] == "tribute"}
    assert tributes == {"Rakvere", "Tartu"}
    assert {"Rakvere", "Tartu"} in values(analysis, "place_conflict")
    assert {"Saturday, September 26", "Saturday, October 3"} in values(analysis, "date_conflict")


def test_two_people_s_arrests_are_two_acts(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-02", "Edvin Laske was detained at his home in Marstadt in November 2024, police "
                                      "said."),
        ("Peninsula Herald", "2026-03-03", "Kertu Lepik was arrested in Arvel in November 2024, police said."),
    ])
    assert values(analysis, "place_conflict") == []
    (tmp_path / "one").mkdir()
    analysis = analyse(tmp_path / "one", [
        ("Coast Daily", "2026-03-02", "Edvin Laske was detained at his home in Marstadt in November 2024."),
        ("Peninsula Herald", "2026-03-03", "Edvin Laske was arrested in Arvel in November 2024."),
    ])
    assert values(analysis, "place_conflict") == [{"Marstadt", "Arvel"}]


def test_an_arrest_told_of_he_is_the_arrest_of_the_person_he_stands_for(tmp_path):
    # two arrests in one report, the same month: the other report's "he" names whose arrest it tells
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-02", "Kertu Lepik was arrested in Riga in February 2025. Edvin Laske was "
                                      "arrested in Narva in February 2025."),
        ("Peninsula Herald", "2026-03-03", "Edvin Laske's part in the scheme came to light only after he was "
                                           "arrested in Tartu in February 2025."),
    ])
    assert values(analysis, "place_conflict") == [{"Narva", "Tartu"}]


def test_a_plan_dropped_is_no_event_of_its_own(tmp_path):
    # the later report names the old plan only to say it was dropped: the next round is where it is now due
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-06-20", "The next round of talks will be held in Tartu on July 14, the ministry said."),
        ("Peninsula Herald", "2026-07-02", "The next round of talks will be held in Narva on July 21, the ministry "
                                           "said, after plans to meet in Tartu a week earlier were dropped."),
    ])
    assert values(analysis, "place_conflict") == [{"Tartu", "Narva"}]
    assert values(analysis, "date_conflict") == [{"July 14", "July 21"}]


def test_an_event_whose_earlier_plan_its_clause_tells_was_moved(tmp_path):
    # told after the first day had passed: the meeting moved, not another meeting still ahead
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-30", "Shareholders will vote on the sale at an extraordinary general meeting in "
                                      "Tartu on Thursday, April 2."),
        ("Peninsula Herald", "2026-04-03", "The extraordinary general meeting, which had been set for Thursday in "
                                           "Tartu, will now be held on Saturday in Narva."),
    ])
    assert values(analysis, "place_conflict") == [{"Tartu", "Narva"}]
    assert values(analysis, "date_conflict") == [{"Thursday, April 2", "Saturday"}]


def test_a_new_operator_taking_over_is_the_handover(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-03-02", "The new operator is due to take over the berths on July 1."),
        ("Peninsula Herald", "2026-04-18", "The handover of the berths to the new operator, now expected on October 1, "
                                           "will come later than first planned."),
    ])
    assert {"July 1", "October 1"} in values(analysis, "date_conflict")


def test_the_place_a_series_moves_to_is_not_that_of_the_game_it_is_told_with(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Daily", "2026-05-13", "The series then moves to Tandil for games three and four next week, with "
                                      "a deciding fifth game, if needed, back in Kelvo."),
        ("Peninsula Herald", "2026-05-25", "The deciding fifth game was played in Kelvo on Wednesday."),
    ])
    assert "Tandil" not in {c.value for c in event_claims(analysis, "place") if "game" in c.qualifiers["trigger"]}
    assert values(analysis, "place_conflict") == []


def test_a_hearing_postponed_until_a_date_is_moved_not_called_off(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2026-04-10", "An appeals panel will hear on Tuesday the appeal of the former utility chief."),
        ("City Times", "2026-04-15", "The appeal of the former utility chief has been postponed until April 21, "
                                     "the court said yesterday."),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday", "April 21"}]


def test_the_week_of_a_date_is_one_date(tmp_path):
    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2026-06-17", "The negotiators will reconvene in Tirana in the week of 14 September for a "
                                      "fourth round, the ministry said."),
        ("River News", "2026-06-24", "The fourth round of the negotiations will be held in Tirana from 5 October, "
                                     "the ministry said on Tuesday."),
    ])
    assert values(analysis, "date_conflict") == [{"the week of 14 September", "5 October"}]


def test_a_meeting_renamed_as_a_numbered_round(tmp_path):
    analysis = analyse(tmp_path, [
        ("River Wire", "2026-04-15", """
        Talks between the two governments ended in Oruro on Wednesday with a deal on summer water releases.
        The meeting in Oruro was the third round since January.
        """),
        ("Valley Evening", "2026-04-16", """
        Under the deal reached on Wednesday in Oruro, in the fourth round of talks, the upstream side will release
        more water in June.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "fourth"}]


def test_talks_over_two_days_agree_with_either_day_and_a_weekday_keeps_its_date(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plateau Wire", "2027-03-10", """
        The two governments ended a third round of talks on river sharing in Korvana on Tuesday.
        The next round will be held on Friday, March 26, in Selmet, officials said.
        """),
        ("Border Review", "2027-03-11", """
        The talks in Korvana ran on Monday and Tuesday and closed without an agreement.
        A fourth round is planned in Selmet on March 26.
        """),
        ("Valley Herald", "2027-03-12", """
        The third round of talks took place in Korvana on Wednesday, the ministry said.
        """),
    ])
    dates = values(analysis, "date_conflict")
    # Monday-and-Tuesday agrees with Tuesday; only the report that says Wednesday is at odds.
    assert len(dates) == 1 and "Wednesday" in dates[0], dates
    assert "Monday" not in dates[0], dates  # not a third date: the first of the two days
    assert "Friday, March 26" in {c.value for c in event_claims(analysis, "date")}


def test_a_crash_told_by_its_verbs_is_placed_in_the_village_not_the_town_that_locates_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Savanna Wire", "2027-05-17", """
        A fuel tanker left the road at Doumbala, a village near Kerouane, late on Saturday and caught fire, killing
        14 people, officials said.
        """),
        ("Coast Standard", "2027-05-18", """
        The tanker overturned on a bend in Sokoura, a village about 15 kilometres from Kerouane, late on Saturday.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert places == [{"Doumbala", "Sokoura"}], places


def test_a_raid_numbered_in_a_series_with_its_noun_left_out_is_numbered(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Wire", "2027-06-08", """
        Customs agents raided three warehouses in Santa Lucia on Monday. The raid on Monday was the third on
        grain warehouses in the province this year.
        """),
        ("Grain Monitor", "2027-06-10", """
        Agents seized 9,000 sacks of grain from warehouses in Santa Lucia on Monday in the fourth raid on grain
        warehouses in the province this year.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "fourth"}]
    # A hope is not a count: "would be the first" numbers nothing.
    (tmp_path / "hope").mkdir()
    hoped = analyse(tmp_path / "hope", [
        ("Island Wire", "2027-06-08", "The governor's visit on Friday would be the first by a minister this year."),
        ("Grain Monitor", "2027-06-09", "The governor's visit on Friday will be his second to the port."),
    ])
    assert not [c for c in hoped.claims if c.kind == "event" and c.attribute == "ordinal" and c.value == "first"]


def test_the_one_deal_numbered_differently_is_one_event_whatever_else_is_ahead(tmp_path):
    # Each report also says the deal is still to close: the deal ahead does not make "the deal" two events.
    analysis = analyse(tmp_path, [
        ("Nordic Deals Wire", "2027-04-08", """
        Fjordmat, the Danish feed group, agreed on Tuesday to buy Kystlaks for 2.1 billion crowns.

        Kystlaks employs 400 people at two mills on the west coast.

        Its salmon feed is sold to farms from Rogaland to Troms.

        For Fjordmat, the deal is its third acquisition in Norway in three years.

        The chief executive said the mills would keep their names.

        The founder's family holds a third of the shares.

        The deal requires approval from the competition authorities and is expected to close in the third quarter.
        """),
        ("Aquaculture Monitor", "2027-04-10", """
        Kystlaks shareholders welcomed the offer from Fjordmat on Thursday.

        The offer values Kystlaks at a premium of about 30 percent.

        Its two mills supply farms along the west coast.

        The deal is Fjordmat's second acquisition in Norway, after it bought a premix plant near Bergen in 2024.

        The founder's family holds a third of the shares.

        Its salmon feed is sold to farms from Rogaland to Troms.

        The deal is expected to close in the third quarter.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "second"}]


def test_a_small_town_abroad_of_the_same_name_is_not_the_place_the_report_means(tmp_path):
    # The gazetteer knows a town called Lindi only in Tanzania; a report set in Kitui County means a stop there.
    analysis = analyse(tmp_path, [
        ("East Africa Wire", "2027-02-09", """
        A bus overturned near Lindi in Kenya's Kitui County on Monday, killing 14 people, police said.
        """),
        ("Nairobi Daily", "2027-02-10", """
        Fourteen passengers died when their bus overturned in Kitui County on Monday.
        """),
    ])
    assert not values(analysis, "place_conflict")
    lindi = [c for c in event_claims(analysis, "place") if c.value == "Lindi"]
    assert lindi and not str(lindi[0].norm).startswith("city:")
    # A capital is known by its name wherever the report is set.
    (tmp_path / "capital").mkdir()
    capital = analyse(tmp_path / "capital", [
        ("Pacific Wire", "2027-05-15", "The final will be played in Faleolo on Saturday, organisers in Wellington said."),
        ("Island Sports", "2027-05-18", "The final was played in Apia on Sunday after the pitch in Faleolo flooded."),
    ])
    assert {c.norm for c in event_claims(capital, "place") if c.value == "Apia"} == {"city:4035413"}


def test_a_city_the_tagger_calls_a_language_is_the_place_of_the_signing(tmp_path):
    analysis = analyse(tmp_path, [
        ("Maghreb Wire", "2027-03-04", """
        The two trade ministers signed a customs agreement on Wednesday in Tunis at the close of the third round of
        talks.
        """),
        ("Gulf Observer", "2027-03-05", """
        The two trade ministers signed the customs agreement in Amman on Wednesday, a day after talks ended.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Tunis", "Amman"}]


def test_the_day_talks_opened_and_the_day_they_ended_are_one_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-03-19", """
        The fifth round of border talks, which opened on Tuesday in Karakol, ended with a signed protocol.
        """),
        ("Valley Herald", "2027-03-19", """
        On Wednesday the two delegations wrapped up two days of talks in Karakol. It was the fifth round of talks.
        """),
    ])
    assert not values(analysis, "date_conflict")
    # ... because they are the first and the last day of one event, not because the round was not linked.
    from reconcile.align import align

    dates = [{c.value for c in g.claims} for g in align(analysis.sources, analysis.claims, analysis.stories)
             if g.kind == "event" and g.attribute == "date"]
    assert {"Tuesday", "Wednesday"} in dates
    (tmp_path / "apart").mkdir()
    apart = analyse(tmp_path / "apart", [
        ("Steppe Wire", "2027-03-19", "The fifth round of border talks opened on Tuesday in Karakol."),
        ("Valley Herald", "2027-03-19", "The fifth round of border talks in Karakol opened on Wednesday."),
    ])
    assert values(apart, "date_conflict") == [{"Tuesday", "Wednesday"}]


def test_the_other_semi_final_and_the_sales_for_a_leg_are_not_the_story_s_legs(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Sports Daily", "2027-04-06", """
        Atlas Ouarzazate now face Stade Kairouan in the semi-finals. The club said ticket sales for the home leg
        would open next week.
        """),
        ("Orvel Sports Weekly", "2027-04-09", """
        Atlas Ouarzazate's first leg against Stade Kairouan will be played on April 26.

        In the other semi-final, an Algerian and a Kenyan club will meet, with the first leg in Constantine.
        """),
    ])
    legs = [(c.attribute, c.value) for c in analysis.claims
            if c.kind == "event" and "leg" in c.qualifiers.get("phrase", "")]
    assert ("date", "April 26") in legs
    assert ("date", "next week") not in legs  # when the sales open, not when the leg is played
    assert ("place", "Constantine") not in legs  # the other semi-final's leg


def test_the_first_time_and_the_second_time_count_one_achievement_differently(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Sports", "2027-04-06", "Atlas Ouarzazate reached the semi-finals of the cup for the first time."),
        ("Valley Sports Daily", "2027-04-06", "Atlas Ouarzazate reached the semi-finals of the cup for only the second time."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"first", "second"}]


def test_a_tanker_that_overturned_and_exploded_is_one_disaster_told_by_its_village(tmp_path):
    analysis = analyse(tmp_path, [
        ("Atlantic Wire", "2027-05-17", """
        A fuel tanker exploded in Guinea on Saturday night, killing 31 people, officials said.

        Witnesses said the tanker had overturned at Doubadi, a village near Mamou, before crowds gathered to
        collect fuel.
        """),
        ("West Africa Daily", "2027-05-18", """
        The tanker overturned late on Saturday at Koliyabé, a village near Mamou, and caught fire as residents
        collected fuel.
        """),
        ("Mamou Echo", "2027-05-19", "The tanker crashed on Friday evening near Mamou, local officials said."),
    ])
    [places] = values(analysis, "place_conflict")
    assert {"Doubadi", "Koliyabé"} <= places and "Guinea" not in places
    [dates] = values(analysis, "date_conflict")
    assert {"Saturday night", "Friday"} <= dates  # "Saturday night" is a day, though the tagger calls it a time


def test_held_as_planned_on_a_day_and_another_clause_s_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-08-16", "The presidential election will go to a runoff on October 18, officials said."),
        ("Altiplano Post", "2027-08-21", """
        The head of the electoral body said that the runoff would be held as planned on October 11 and that the
        body would publish the full calendar next week.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"October 18", "October 11"}]


def test_a_tribunal_that_speaks_is_a_body_not_an_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-04-02", """
        The National Electoral Tribunal in Sucre said on Wednesday the second round would be held on April 26.
        """),
        ("Valley Radio", "2027-04-03", "The departmental electoral tribunal has set the run-off for April 26."),
    ])
    assert not [c for c in analysis.claims if c.kind == "event" and "ribunal" in c.qualifiers.get("phrase", "")]


def test_a_meeting_called_for_a_day_after_the_report_is_ahead(tmp_path):
    analysis = analyse(tmp_path, [
        ("Market Review", "2027-09-16", """
        An extraordinary shareholders' meeting to approve the share issue has been called for October 20.
        """),
        ("Grocery Trade Weekly", "2027-09-21", """
        The grocer has set an extraordinary shareholders' meeting for October 27 to approve the share issue,
        according to a notice published on Friday.
        """),
    ])
    statuses = {c.value: c.qualifiers["status"] for c in event_claims(analysis, "date")}
    assert statuses.get("October 20") == "planned"
    assert values(analysis, "date_conflict") == [{"October 20", "October 27"}]


def test_an_inquiry_planned_for_one_day_and_opened_on_another(tmp_path):
    analysis = analyse(tmp_path, [
        ("Rail Wire", "2027-08-10", "The statutory inquiry by the rail safety commissioner will begin on Wednesday, he said."),
        ("Central Chronicle", "2027-08-14", """
        The rail safety commissioner opened the statutory inquiry into the derailment on Thursday, taking evidence
        from station staff.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Wednesday", "Thursday"}]


def test_the_prison_a_convicted_man_is_taken_to_is_compared_by_its_name(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-06-02", """
        The appeal court upheld the conviction on Tuesday. Okwera was taken back to Murchison prison after the
        ruling.
        """),
        ("Lake Daily", "2027-06-03", "Okwera was returned to Kigo prison after the ruling on Tuesday."),
        ("Valley Radio", "2027-06-03", "On Tuesday the man who signed the contract was sent to prison."),
    ])
    assert values(analysis, "place_conflict") == [{"Murchison prison", "Kigo prison"}]
    # "Sent to prison" names no prison: it is the sentence, not a place to compare.
    assert not [c for c in event_claims(analysis, "date") if c.source_id.startswith("02") and
                c.qualifiers["phrase"] == "imprisonment"]


def test_a_bare_round_is_of_the_kind_of_event_the_story_tells(tmp_path):
    # One report's other words ("a count of eight") would make its rounds an election's; the story is a bout.
    analysis = analyse(tmp_path, [
        ("Balkan Sports Agency", "2027-04-18", """
        Marko Jelić won the European cruiserweight title on Saturday, stopping the defending champion Edin Hodžić
        in the eighth round at the Pionir Hall in Belgrade.

        The bout drew a crowd of 15,000 on Saturday. The stoppage came after a barrage of punches.
        """),
        ("Tuzla Daily", "2027-04-19", """
        Edin Hodžić lost his title last night in Belgrade, where Marko Jelić stopped him in the seventh round in
        front of a hostile crowd.

        The judges' scorecards had him behind. A count of eight in the fifth round had already hurt him.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"eighth", "seventh"}]


def test_a_court_s_act_happens_where_the_court_sits(tmp_path):
    # The court's city is in its name in one report and hung from it in the other.
    analysis = analyse(tmp_path, [
        ("Nusa Wire", "2027-03-05", """
        The Medan District Court on Thursday sentenced Arief Wiranto, a former port official, to six years in
        prison for taking bribes.
        """),
        ("Island Daily", "2027-03-06", """
        A court in Bandung on Thursday sentenced former port official Arief Wiranto to six years in prison.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Medan", "Bandung"}]


def test_an_appeal_court_s_ruling_is_placed_by_the_court_not_by_what_it_rules_on(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ouest Wire", "2027-10-12", """
        The Court of Appeal in Rennes on Monday upheld the conviction of Yannick Le Goff, the former mayor of the
        port of Brest.
        """),
        ("Normandy Post", "2027-10-13", """
        The Court of Appeal in Caen on Monday upheld the conviction of Yannick Le Goff, a former mayor.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Rennes", "Caen"}]
    # "Court of Appeal" names the court: it is no appeal of its own.
    assert not [c for c in analysis.claims if c.kind == "event" and c.value == "Appeal"]


def test_a_verdict_read_at_a_court_and_a_hearing_a_court_began_are_placed_by_the_court(tmp_path):
    analysis = analyse(tmp_path, [
        ("Amber Wire", "2027-05-19", """
        The Panevezys Regional Court on Tuesday sentenced Dovas Kerulis, a former harbour official, to five years
        in prison for taking a bribe.
        """),
        ("Coast Daily", "2027-05-20", """
        When Judge Rita Vaineke finished reading the verdict at the Siauliai Regional Court on Tuesday, Dovas
        Kerulis did not move.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Panevezys", "Siauliai"}]


def test_a_court_that_began_hearing_an_appeal_places_the_hearing(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2027-03-02", """
        The Pleven Court of Appeal began hearing the appeal of businessman Petar Lukin on Tuesday.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Pleven"}


def test_in_absentia_is_no_place(tmp_path):
    # The tagger reads "absentia" here as a place name; a place in Latin letters has a capital.
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2027-03-02", """
        Holub, who was brought to court under police escort, was sentenced in absentia in Regensburg to six years
        and eight months in prison for value-added tax fraud.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Regensburg"}


def test_events_told_by_a_verb_with_its_words_or_a_noun_with_its_modifier(tmp_path):
    # Each pair of reports gives one event two different days; each event is told by a phrase, not one noun.
    analysis = analyse(tmp_path, [
        ("Harbour Wire", "2027-10-20", """
        The governor will swear in the new mayor on 30 October, the provincial government said.

        The shares will start trading on June 7, the exchange said.

        The treaty will enter into force on 1 January 2028 once both parliaments ratify it.

        A memorial service for the victims will be held on Saturday, the council said.

        The two candidates will face each other in a televised debate on Thursday.
        """),
        ("Coast Daily", "2027-10-21", """
        The new mayor will be sworn in on 3 November.

        Trading in the shares will begin on June 9.

        The treaty enters into force on 1 March 2028.

        A memorial service will take place on Sunday.

        The televised debate between the two candidates will be held on Tuesday.

        The mayor-elect entered the country on Monday after a trip abroad.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert {"30 October", "3 November"} in dates
    assert {"1 January 2028", "1 March 2028"} in dates
    assert {"Saturday", "Sunday"} in dates
    assert {"Thursday", "Tuesday"} in dates
    # "Entered the country on Monday": the verb alone tells no event of the story, only an act of its own.
    assert [c.qualifiers["event_class"] for c in event_claims(analysis, "date") if c.value == "Monday"] in (
        [], ["action"])
    assert not [d for d in dates if "Monday" in d]


def test_an_act_each_report_places_is_compared_by_its_verb_and_what_it_acts_on(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lanka Wire", "2027-02-10", """
        A witness said he handed the cash to the official at a petrol station in Kurunegala.
        The injured were airlifted to Anuradhapura on Tuesday. The contractor lives in Badulla.
        """),
        ("Island Radio", "2027-02-11", """
        The cash was handed to the official at a petrol station in Ratnapura, the court heard.
        Three of the injured were airlifted to Anuradhapura. The contractor lives in Trincomalee.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Kurunegala", "Ratnapura"}]


def test_a_market_named_after_another_town_is_a_venue_not_that_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2027-03-04", """
        A three-storey building collapsed near the Kano market in Lagos on Wednesday, killing nine people.
        """),
        ("Lagos Courier", "2027-03-05", """
        The building that collapsed in Lagos on Wednesday had been marked for demolition, officials said.
        """),
    ])
    assert values(analysis, "place_conflict") == []
    # The market is where in Lagos; Lagos is what the reports compare.
    [claim] = [c for c in event_claims(analysis, "place") if c.source_id.startswith("00")]
    assert claim.qualifiers.get("venue") == "Kano market" and claim.qualifiers.get("place_name") == "Lagos"


def test_a_place_the_gazetteer_lacks_does_not_hide_two_cities_that_disagree(tmp_path):
    analysis = analyse(tmp_path, [
        ("Iberia Wire", "2027-05-10", "The two ministers will sign the memorandum in Sao Quelmar on Friday."),
        ("Minho Daily", "2027-05-11", "The two ministers will sign the memorandum in Braga on Friday."),
        ("Douro Post", "2027-05-12", "The two ministers will sign the memorandum in Porto on Friday."),
    ])
    [found] = values(analysis, "place_conflict")
    assert {"Braga", "Porto"} <= found


def test_a_vote_repeated_at_a_polling_station(tmp_path):
    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2027-10-12", "The commission will repeat the vote at the polling station in Donji Kraj on October 24."),
        ("Adriatic Review", "2027-10-13", "The commission will repeat the vote at the polling station in Gornji Brod on October 31."),
    ])
    assert values(analysis, "date_conflict") == [{"October 24", "October 31"}]


def test_an_act_each_report_dates_is_compared_by_its_verb_and_what_it_acts_on(tmp_path):
    analysis = analyse(tmp_path, [
        ("Atlas Markets", "2027-04-05", """
        The purchase is expected to complete by the end of May, the buyer said on Monday.
        The tender offer will run until April 30.
        """),
        ("Souss Business", "2027-04-09", """
        The buyer now expects the purchase to be completed by 31 August, it said in a statement on Thursday.
        The tender offer will run until May 14, the filing said.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert {"the end of May", "31 August"} in dates
    assert {"April 30", "May 14"} in dates
    # The days the companies spoke on are not when the purchase completes.
    assert not [c for c in event_claims(analysis, "date") if c.value in ("Monday", "Thursday")]


def test_the_site_of_a_plant_to_come_is_compared_whatever_verb_brings_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Wire", "2027-06-01", """
        The buyer promised to build a new clinker grinding plant in Ibri.
        """),
        ("Peninsula Daily", "2027-06-02", """
        Officials expect the deal to bring a grinding plant to Nizwa.
        The group already runs two plants in Barka.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Ibri", "Nizwa"}]
    [site] = [c for c in event_claims(analysis, "place") if c.value == "Nizwa"]
    assert site.subject == "grinding plant site"


def test_a_cup_final_at_two_grounds_of_one_city_and_on_two_days(tmp_path):
    analysis = analyse(tmp_path, [
        ("Rift Sports Wire", "2027-06-07", """
        NAKURU, June 7 (RSW) - Eldoret Falcons edged Lakeshore United 3-2 in the Rift Cup final \
at the Afraha stadium in Nakuru on Sunday.
        """),
        ("Rift Valley Preview", "2027-06-04", """
        Lakeshore United and Eldoret Falcons meet in Saturday's Rift Cup final at Kabarak Memorial Stadium, \
their first final in a decade.
        """),
        ("Lakeshore Weekly", "2027-06-10", """
        Lakeshore United lost the Rift Cup final to Eldoret Falcons at Kabarak Memorial Stadium on Sunday.
        """),
    ])
    [dates] = values(analysis, "date_conflict")
    assert dates == {"Sunday", "Saturday"}
    [places] = values(analysis, "place_conflict")
    assert any("Afraha" in v for v in places) and "Kabarak Memorial Stadium" in places
    # The cup is a competition, not a place.
    assert not [c for c in event_claims(analysis, "place") if "Rift Cup" in c.value]


def test_the_final_a_side_reached_is_not_the_match_that_took_it_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Sport", "2027-03-02", """
        Harbour Town reached the Valley Cup final with a 3-1 win over Mill Rovers at Ferris Park on Sunday.
        """),
    ])
    assert not [c for c in event_claims(analysis, "date") if c.subject.endswith("final")]


def test_the_city_a_wire_report_is_filed_from_is_not_where_its_event_happened(tmp_path):
    analysis = analyse(tmp_path, [
        ("Desert Wire", "2027-04-13", """
        CAIRO, April 13 (Desert Wire) - Egyptian and Sudanese negotiators ended a sixth round of talks on a trade \
and customs agreement in Aswan on Monday, saying they had narrowed differences.
        """),
        ("Nile Review", "2027-04-14", """
        The sixth round of the customs talks, held in Cairo on Sunday and Monday, broke up without an accord.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Aswan", "Cairo"}]
    assert not [c for c in event_claims(analysis, "place") if c.value == "CAIRO"]


# Two short reports of one event that disagree (or do not) on one slot, each case a way news tells it.
TWO_REPORTS = [
    pytest.param(  # a case adjourned to a day: its next hearing, not the day it was adjourned on
        ("Volta Wire", "2027-03-03", "Bail was granted on Tuesday, and the matter was adjourned to May 3."),
        ("Accra Ledger", "2027-03-04", "Justice Abena Ofori on Tuesday adjourned the trial to May 10."),
        "date_conflict", [{"May 3", "May 10"}], id="adjourned-case"),
    pytest.param(  # where the injured were taken, through a hospital's name and through a verb after "and"
        ("Panay Wire", "2027-01-12", "Forty of them were injured and were taken to the Aklan Provincial Hospital in "
                                     "Kalibo."),
        ("Visayas Daily", "2027-01-13", "The 40 injured were carried off the boats at the pier and taken to the "
                                        "district hospital in Nabas."),
        "place_conflict", [{"Kalibo", "Nabas"}], id="injured-taken"),
    pytest.param(  # one act told with two verbs: production that ends is production that stops
        ("Baltic Markets Wire", "2027-05-04", "The group said it would stop production at the mill by the end of "
                                              "September."),
        ("Pulp Weekly", "2027-05-06", "Under the plan, production at the mill would end by the end of October."),
        "date_conflict", [{"the end of September", "the end of October"}], id="two-verbs"),
    pytest.param(  # where a vehicle set out from, by its name or by its kind
        ("Lake Wire", "2027-06-14", "The MV Kelvo Star had left Bukoba at noon with 80 passengers, the harbour "
                                    "master said."),
        ("Lake Herald", "2027-06-15", "The ferry had left Musoma shortly after noon, harbour staff said."),
        "place_conflict", [{"Bukoba", "Musoma"}], id="vehicle-left"),
    pytest.param(  # engineers who walked a dam's spillway inspected it
        ("Valley Herald", "2027-03-12", "Surveyors from the two ministries walked the crest of the Kelvo dam on "
                                        "Saturday."),
        ("Plains Review", "2027-03-13", "The crest of the Kelvo dam was inspected by a joint team on March 5."),
        "date_conflict", [{"Saturday", "March 5"}], id="walked-inspected"),
    pytest.param(  # a court "sitting in" a town acts there
        ("Cordillera Wire", "2027-09-15", "The criminal appeals chamber, sitting in Jauja, confirmed the former "
                                          "mayor's conviction on Tuesday."),
        ("Altiplano Courier", "2027-09-16", "The appeals court in Tarma on Tuesday confirmed the former mayor's "
                                            "conviction."),
        "place_conflict", [{"Jauja", "Tarma"}], id="court-sitting"),
    pytest.param(  # a weekday and its date after a comma are one date
        ("Harbour Courier", "2027-05-14", "On Tuesday, 12 May, the two countries signed what both sides described "
                                          "as their broadest accord in years, in Aleppo."),
        ("Orontes Review", "2027-05-18", "The two countries signed the accord in Aleppo on May 13."),
        "date_conflict", [{"Tuesday, 12 May", "May 13"}], id="day-comma-date"),
    pytest.param(  # "the committee will meet again": the story's next round, whatever else the report tells
        ("Desert Wire", "2027-05-12", "The fifth round of talks ended in Aleppo. Delegates called the talks "
                                      "frank. The next round of talks will be held in Latakia in September."),
        ("Basin Gazette", "2027-05-13", "The signing of the water deal crowned the fifth round in Aleppo. The "
                                        "committee will meet again in the autumn, in the coastal city of Tartus."),
        "place_conflict", [{"Latakia", "Tartus"}], id="meet-again"),
    pytest.param(  # a place a direction away from a town, and a town the tokenizer splits at its hyphen
        ("Central Wire", "2027-05-16", "The quake struck before dawn on Saturday near the town of Uzgen."),
        ("Tian Shan Post", "2027-05-17", "The institute said Saturday's quake was centred in the mountains north of "
                                         "Kochkor-Ata, at a shallow depth."),
        "place_conflict", [{"Uzgen", "Kochkor-Ata"}], id="direction-hyphenated-town"),
    pytest.param(  # a strait and an island in it do not disagree
        ("Visayas Daily", "2027-02-02", "The ferry capsized in the Mindoro Strait before dawn on Monday."),
        ("Panay Wire", "2027-02-02", "The ferry capsized near Semirara Island before dawn on Monday."),
        "place_conflict", [], id="strait-and-island"),
    pytest.param(  # a date told as a possessive is the date, without the "'s"
        ("Rhine Wire", "2027-03-04", "The appeals court in Lindau on Tuesday upheld the conviction of the former "
                                     "port director Jarek Wolny."),
        ("Lake Courier", "2027-03-10", "Wolny has not been seen in public since last Wednesday's ruling by the "
                                       "appeals court in Lindau."),
        "date_conflict", [{"Tuesday", "last Wednesday"}], id="possessive-date"),
    pytest.param(  # a place that says where something the event is about lies is not where the event is
        ("Adria Wire", "2027-05-14", "The court in Zagreb will hold a hearing on the seizure of his property on "
                                     "June 16."),
        ("Drava Review", "2027-05-15", "A hearing on the seizure of the remaining assets, including bank accounts "
                                       "in Malta, has been set for June 16."),
        "place_conflict", [], id="place-of-what-a-hearing-is-about"),
    pytest.param(  # "is due to begin on Wednesday": ahead, so the coming Wednesday, the day a later report has
        ("Andes Wire", "2027-10-25", "The official count by the regional electoral court is due to begin on "
                                     "Wednesday in Temuco."),
        ("Sur Ledger", "2027-10-27", "The official count began on Wednesday at the regional electoral court in "
                                     "Temuco."),
        "date_conflict", [], id="due-to-begin"),
    pytest.param(  # a meeting an older report says is to come is not the other meeting a later report opens with
        ("Bothnia News", "2027-05-04", "Kallberg Paper will close its board mill in Raahe. The town council will "
                                       "hold an extraordinary meeting on Monday."),
        ("Forest Industry Journal", "2027-05-13", "Kallberg Paper will cut 300 jobs at its board mill in Raahe after "
                                                  "the annual wage negotiations ended on Wednesday."),
        "date_conflict", [], id="another-meeting-than-the-plan"),
    pytest.param(  # where an event may happen is not where it happened
        ("Altiplano Wire", "2027-04-16", "The court in Oruro on Thursday sentenced the former governor to nine years "
                                         "in prison."),
        ("Andes Ledger", "2027-04-17", "Thursday's ruling in Oruro can be reviewed by an appeals chamber and, "
                                       "eventually, by the Supreme Court in Sucre."),
        "place_conflict", [], id="may-happen-elsewhere"),
    pytest.param(  # a judge who "read out the verdict" delivered it, where and when the clause says
        ("Lori Wire", "2027-03-16", "The court in Vanadzor delivered its verdict in the housing fraud case on "
                                    "Tuesday."),
        ("Shirak Herald", "2027-03-17", "Judge Ani Petrosyan read out the verdict in the housing fraud case in "
                                        "Vanadzor on Monday."),
        "date_conflict", [{"Tuesday", "Monday"}], id="read-out-the-verdict"),
    pytest.param(  # one report's sentence with its day and ruling with its town are one verdict
        ("Narva Wire", "2027-05-12", "A court on Tuesday sentenced a former port inspector to five years in prison "
                                     "for taking bribes. Edvin Laske was found guilty on six counts, the district "
                                     "court in Tartu ruled."),
        ("Border Post", "2027-05-13", "The district court in Rakvere on Tuesday sentenced Edvin Laske to five "
                                      "years for taking bribes."),
        "place_conflict", [{"Tartu", "Rakvere"}], id="sentenced-then-ruled"),
    pytest.param(  # a storm is told by what it or its centre does
        ("Pacific Wire", "2027-03-23", "At least three people were killed when the cyclone crossed the island of "
                                       "Efate on Sunday, officials said."),
        ("Island Radio", "2027-03-24", "The cyclone's centre crossed Efate on Monday, bringing destructive winds, "
                                       "the meteorology office said."),
        "date_conflict", [{"Sunday", "Monday"}], id="storm-crossing"),
    pytest.param(  # "its hearings will begin on X" and "will start its hearings on Y": the day the hearings start
        ("Orvel Ledger", "2027-03-20", "An independent panel will examine the stand's failure. Its hearings will "
                                       "begin on April 6."),
        ("Arvel Daily", "2027-03-23", "The panel set up after the stand's failure will start its hearings on "
                                      "April 13."),
        "date_conflict", [{"April 6", "April 13"}], id="hearings-begin"),
    pytest.param(  # a delegation's visit to a site is one act with a tour or an inspection of it
        ("Orvel Ledger", "2027-04-30", "On Tuesday both delegations toured the planned bridge site near Kelvo."),
        ("Arvel Daily", "2027-05-03", "The officials visited the planned bridge site on Wednesday, April 28, days "
                                      "after the talks."),
        "date_conflict", [{"Tuesday", "Wednesday, April 28"}], id="site-visited"),
    pytest.param(  # a vehicle that caught fire is the fire
        ("Orvel Ledger", "2027-10-18", "The fuel tanker caught fire on Saturday night on the highway near Tartu."),
        ("Arvel Daily", "2027-10-19", "The blaze broke out on Friday night on the highway near Tartu, the police "
                                      "said."),
        "date_conflict", [{"Saturday night", "Friday night"}], id="caught-fire"),
    pytest.param(  # "did not save her rival" is of the debate's effect; "will not be held in X" is of the debate
        ("Orvel Ledger", "2027-06-10", "Kertu Lepik won the run-off with 54 percent. The radio debate on June 2 did "
                                       "not save her rival, Edvin Laske, who lost ground in every district."),
        ("Arvel Daily", "2027-06-11", "Lepik and Laske faced each other in a radio debate on June 3, their only one "
                                      "of the campaign."),
        "date_conflict", [{"June 2", "June 3"}], id="effect-denied"),
    pytest.param(  # a ship by its name that "went down" sank, which another report calls capsizing; the town
        # placing the spot the "where" clause hangs on is where
        ("Orvel Ledger", "2027-03-02", "The ferry capsized near Narva on the Orvel river on Sunday evening, police "
                                       "said."),
        ("Arvel Daily", "2027-03-03", "The salvage vessel reached the spot near Tartu where the MV Kelvo Star went "
                                      "down, and divers began work."),
        "place_conflict", [{"Narva", "Tartu"}], id="named-ship-went-down"),
    pytest.param(  # landfall "made" near a town
        ("Orvel Ledger", "2027-03-02", "Cyclone Odile made landfall near Narva early on Saturday, the weather service "
                                       "said."),
        ("Arvel Daily", "2027-03-03", "Relief flights resumed on Monday as Cyclone Odile weakened over land. Odile "
                                      "made landfall on Saturday night near the fishing port of Tartu, far to the "
                                      "north."),
        "place_conflict", [{"Narva", "Tartu"}], id="landfall-made"),
    pytest.param(  # a day given to the event's own noun, not the day of the verb it hangs on
        ("Orvel Ledger", "2027-04-20", "The Comets open their cup campaign against Kelvo at home on May 2, with the "
                                       "second leg in Narva on May 9."),
        ("Arvel Daily", "2027-05-04", "The Comets lost at home on Sunday. The second leg is on Saturday in Narva."),
        "date_conflict", [{"May 9", "Saturday"}], id="the-nouns-own-day"),
    pytest.param(  # a town and its day closing the event's phrase, however deep in its topic the parser hung them
        ("Orvel Ledger", "2027-05-24", "Orvel and Kelvo will hold a third round of talks on a canal that Kelvo is "
                                       "digging across the Arvel valley, a plain both states farm, in Tartu on June 2, "
                                       "the trade ministry said on Monday."),
        ("Arvel Daily", "2027-06-03", "The third round of the canal talks opened in Narva on Wednesday."),
        "place_conflict", [{"Tartu", "Narva"}], id="closing-town-and-day"),
    pytest.param(  # "Thursday" in each report, read as two weeks' Thursdays: the reports say the same
        ("Orvel Ledger", "2027-03-09", "The third round of the canal talks began in Tartu on Thursday."),
        ("Arvel Daily", "2027-03-12", "The third round of the canal talks began in Tartu on Thursday, officials "
                                      "said."),
        "date_conflict", [], id="one-weekday-two-weeks"),
    pytest.param(  # the day a match is brought forward to, tagged with the delay before it as one date
        ("Orvel Sport", "2027-05-03", "The final will be played on May 16 at the national stadium in Tartu."),
        ("Arvel Daily", "2027-05-10", "The federation said the final has been switched to Narva and brought forward "
                                      "by a day to Saturday, May 15."),
        "date_conflict", [{"May 16", "Saturday, May 15"}], id="brought-forward-by-a-day"),
    pytest.param(  # a ceremony named by what is done at it is the act another report tells by its verb
        ("Orvel Wire", "2026-09-10", "A reopening ceremony for the Kelvo mansion is planned for Saturday, September "
                                     "19, with the culture minister attending."),
        ("Arvel Daily", "2026-09-22", "The Kelvo mansion reopened to visitors on Sunday after six years of repairs."),
        "date_conflict", [{"Saturday, September 19", "Sunday"}], id="reopening-ceremony"),
    pytest.param(  # a day "declared" one of mourning is ahead, whenever it was declared
        ("Orvel Ledger", "2027-02-18", "The government declared Monday a day of national mourning for the victims of "
                                       "the floods."),
        ("Arvel Daily", "2027-02-20", "The day of national mourning for the flood victims has been moved to "
                                      "Wednesday, February 24."),
        "date_conflict", [{"Monday", "Wednesday, February 24"}], id="declared-day-of-mourning"),
    pytest.param(  # a verb the tagger read as a noun ("Voters in X return ..."): the vote's day
        ("Orvel Ledger", "2027-10-01", "When voters in Narva return to the polls on October 18, the race will turn on "
                                       "the price of bread."),
        ("Arvel Daily", "2027-10-02", "Edvin Laske and Kertu Lepik meet in the mayoral runoff in Narva on Sunday, "
                                      "October 11."),
        "date_conflict", [{"October 18", "Sunday, October 11"}], id="verb-read-as-a-noun"),
    pytest.param(  # a game told by its result and a game told without its winner, numbered apart on one day
        ("Orvel Ledger", "2027-05-07", "The Comets started in the second round on April 2 with a 4-1 win over Narva "
                                       "Athletic and then beat Tartu Rovers on penalties in the quarter-finals. Last "
                                       "Sunday, at the Kelvo Stadium in Tartu, they edged Rakvere United 3-2 in the "
                                       "semi-final."),
        ("Arvel Daily", "2027-05-20", "The Comets' 1-0 win over Viljandi United in the cup final ended the champions' "
                                      "unbeaten season. Narva Athletic were beaten 4-1 in the third round on April 2, "
                                      "before a small crowd, and Tartu Rovers went out on penalties."),
        "ordinal_conflict", [{"second", "third"}], id="game-numbered-apart-on-one-day"),
    pytest.param(  # churches named for their saints, the possessive cutting the name, each in its town
        ("Orvel Ledger", "2027-06-08", "The bishop said a memorial service for the crew would take place at St "
                                       "Mary's Cathedral in Tartu on Sunday, June 14."),
        ("Arvel Daily", "2027-06-12", "The memorial service for the crew is now to take place at St John's Parish "
                                      "Church in Narva on Sunday."),
        "place_conflict", [{"St Mary's Cathedral in Tartu", "St John's Parish Church in Narva"}],
        id="saints-churches-in-two-towns"),
]


@pytest.mark.parametrize(("first", "second", "kind", "expected"), TWO_REPORTS)
def test_two_reports_of_one_event(tmp_path, first, second, kind, expected):
    analysis = analyse(tmp_path, [first, second])
    assert values(analysis, kind) == expected
    if not expected:  # no conflict because the slot was compared and agreed or set aside, not because none was read
        attribute = kind.split("_")[0]
        assert [c for c in event_claims(analysis, attribute) if c.source_id == "00"]


def test_a_name_the_gazetteer_lacks_and_a_city_are_two_places_unless_a_report_puts_one_in_the_other(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Markets Wire", "2027-06-01", "The money raised will pay for a new cold-storage hub in Qarwat, the company said."),
        ("Muscat Ledger", "2027-06-02", "The proceeds will fund a new cold-storage hub in Salalah, the chief executive said."),
    ])
    assert values(analysis, "place_conflict") == [{"Qarwat", "Salalah"}]
    together = tmp_path / "together"
    together.mkdir()
    analysis = analyse(together, [
        ("Gulf Markets Wire", "2027-06-01", "The money raised will pay for a new cold-storage hub in Qarwat, an "
                                            "industrial district of Salalah, the company said."),
        ("Muscat Ledger", "2027-06-02", "The proceeds will fund a new cold-storage hub in Salalah, the chief executive said."),
    ])
    assert values(analysis, "place_conflict") == []


def test_an_event_told_by_it_takes_the_place_and_date_of_its_clause(tmp_path):
    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2027-05-10", """
        The two foreign ministers agreed on Monday to hold a summit on transit fees. It will take place in Skopje
        on 4 June, the ministry said.
        """),
        ("Adriatic Review", "2027-05-11", "The summit on transit fees will be held in Ohrid on 4 June."),
    ])
    assert values(analysis, "place_conflict") == [{"Skopje", "Ohrid"}]


def test_a_meeting_told_after_when_is_ahead(tmp_path):
    analysis = analyse(tmp_path, [
        ("Maghreb Wire", "2027-04-02", "The cabinet endorsed the outline agreement on Thursday, clearing the way "
                                       "for a protocol to be negotiated when the two sides meet again in Oran on April 20."),
        ("Tunis Courier", "2027-04-03", "The two delegations will meet again in Oran on April 13 to negotiate the protocol."),
    ])
    assert values(analysis, "date_conflict") == [{"April 20", "April 13"}]


def test_a_day_fixed_for_a_hearing_is_the_hearing_s_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lanka Wire", "2027-07-02", "The Court of Appeal on Monday fixed July 28 for the hearing of his bail application."),
        ("Island Radio", "2027-07-03", "The hearing of his bail application will be held on July 8, his lawyer said."),
    ])
    assert values(analysis, "date_conflict") == [{"July 28", "July 8"}]


def test_an_event_told_by_a_gerund_after_a_past_verb_is_held(tmp_path):
    analysis = analyse(tmp_path, [
        ("Caucasus Wire", "2027-04-13", "The two ministers shook hands after signing the agreement in Batumi on Monday."),
        ("Black Sea Daily", "2027-04-14", "The two companies signed the agreement on Tuesday in Batumi."),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_an_application_to_be_heard_is_a_hearing(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lanka Wire", "2027-07-02", "The Court of Appeal on Monday fixed July 28 for the hearing of his bail application."),
        ("Island Radio", "2027-07-03", "His lawyer said an application for bail pending appeal would be heard on July 8."),
    ])
    assert values(analysis, "date_conflict") == [{"July 28", "July 8"}]
    # Hearing a noise is no hearing.
    alone = tmp_path / "alone"
    alone.mkdir()
    analysis = analyse(alone, [("Island Radio", "2027-07-03", "Residents heard a loud bang on Sunday night.")])
    assert not [c for c in event_claims(analysis, "date") if c.qualifiers["event_class"] == "court"]


def test_a_repeat_vote_ordered_and_a_vote_to_be_repeated_are_one_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2027-10-12", "The election commission has ordered a repeat vote at a polling station in "
                                      "Dolac, a village in the north of the municipality. The municipal election "
                                      "was held on Sunday."),
        ("Adriatic Review", "2027-10-13", "The municipal election on Sunday was calm. The commission will repeat the "
                                          "vote at the polling station in Brezje on October 25."),
    ])
    assert values(analysis, "place_conflict") == [{"Dolac", "Brezje"}]


def test_lines_wrapped_in_mid_sentence_are_read_as_one_sentence(tmp_path):
    from reconcile.nlp import unwrap_lines

    text = "Polling station news\nThe commission will repeat the vote at the station in\nBrezje on October 25,\nits chairman said.\n\nNext paragraph."
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert unwrapped == ("Polling station news\nThe commission will repeat the vote at the station in Brezje on October "
                         "25, its chairman said.\n\nNext paragraph.")
    assert unwrap_lines("It will sell a 40%\nstake.") == "It will sell a 40% stake."
    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2027-10-12", "The election commission has ordered a repeat vote at a polling station in Dolac.\n"
                                      "The municipal election was held on Sunday."),
        ("Adriatic Review", "2027-10-13", "The municipal election on Sunday was calm. The commission will repeat the\n"
                                          "vote at the polling station in\nBrezje on October 25."),
    ])
    assert values(analysis, "place_conflict") == [{"Dolac", "Brezje"}]
    [flag] = [f for f in analysis.flags if f.kind == "place_conflict"]
    # The evidence is the report's own text, line breaks and all.
    brezje = next(c for c in flag.claims if c.value == "Brezje")
    assert "in\nBrezje" in analysis.source(brezje.source_id).text


def test_a_participle_set_off_after_an_event_noun_tells_of_that_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Urban Review", "2027-05-20", "According to the final results, announced on Tuesday by the municipal "
                                       "electoral commission, 54.2 percent of voters backed the plan."),
        ("City Wire", "2027-05-19", "The final results were announced on Monday by the commission."),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday", "Monday"}]


def test_a_listing_told_by_its_verb_has_a_date(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Markets", "2027-06-01", "The bonds are due to be listed on the Doha exchange on June 9, the company said."),
        ("Desert Ledger", "2027-06-05", "The listing of the bonds on the Doha exchange has been moved to June 16."),
    ])
    assert values(analysis, "date_conflict") == [{"June 9", "June 16"}]


def test_a_session_known_only_by_its_number_is_the_report_s_opening_talks(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2026-05-06", "OHRID, May 6 (DW) - Two neighbours signed a fisheries accord on Tuesday, after "
         "two days of talks in the lakeside town of Ohrid. Both agriculture ministers put their names to it at the "
         "close of the sixth session of their fisheries commission. They plan to meet again in the spring."),
        ("Harbour Post", "2026-05-07", "Boat owners on Wednesday praised the accord signed in Ohrid. The text, signed "
         "on Tuesday as the seventh session of the fisheries commission ended, caps the catch on the lake."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"sixth", "seventh"}]


def test_crowds_gathered_for_a_funeral_give_its_day_not_the_place_of_the_deaths(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Radio", "2026-06-03", "The funerals will be held on Saturday in Ohrid, the municipality said."),
        ("Lake Weekly", "2026-06-08", "Thousands gathered in the old town of Ohrid on Sunday for the funerals of "
         "the four divers killed in an accident at the Struga quarry last week."),
    ])
    funeral_places = {c.value for c in event_claims(analysis, "place") if c.qualifiers.get("trigger") == "funeral"}
    assert funeral_places == {"Ohrid"}
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]
    assert values(analysis, "place_conflict") == []


def test_a_number_after_another_meeting_is_told_is_not_the_opening_talks(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2026-05-06", "OHRID, May 6 (DW) - Two neighbours ended two days of talks on fisheries in the "
         "lakeside town of Ohrid on Tuesday. The ministers said they were pleased. Their previous meeting was held "
         "in Skopje in March. That was the first session of their joint commission."),
        ("Harbour Post", "2026-05-07", "Fishermen welcomed the talks held in Ohrid on Tuesday, the second session "
         "of the joint commission."),
    ])
    assert "first" in {c.value for c in event_claims(analysis, "ordinal")}
    assert values(analysis, "ordinal_conflict") == []


def test_a_round_planned_before_it_was_held_is_not_the_next_round_that_moved(tmp_path):
    analysis = analyse(tmp_path, [
        ("Volga Wire", "2026-03-11", "KAZAN, March 11 (VW) - Two regional governments signed a river transport "
         "protocol on Wednesday after the sixth round of talks. The next round will be held in Samara on April 14, "
         "officials said."),
        ("River Post", "2026-03-09", "Delegations will open a sixth round of talks on river transport in Kazan on "
         "Tuesday, the ministry said."),
        ("Steppe Dispatch", "2026-03-20", "The next round of river talks has been shifted from Samara to Ufa and "
         "put back seven days, to April 21, a ministry spokesman said. The sixth round ended in Kazan last "
         "week."),
    ])
    assert values(analysis, "place_conflict") == [{"Samara", "Ufa"}]
    assert {"April 14", "April 21"} in values(analysis, "date_conflict")


def test_a_signing_ceremony_is_one_event_flagged_once(tmp_path):
    analysis = analyse(tmp_path, [
        ("Copper Wire", "2026-04-21", "The ministry said the signing ceremony would be held in Kitwe on May 5."),
        ("Mine Echo", "2026-04-24", "Officials now expect the signing ceremony to take place in Ndola, where the "
         "smelter is."),
    ])
    assert values(analysis, "place_conflict") == [{"Kitwe", "Ndola"}]


def test_a_replay_moved_and_put_back_a_day_and_the_day_it_was_played(tmp_path):
    analysis = analyse(tmp_path, [
        ("Cup Daily", "2026-04-24", "After the blackout the game will be staged again next Tuesday, April 28, at "
         "the city stadium in Gyumri, officials said."),
        ("Valley Sport", "2026-04-27", "Officials have moved the game to the Republican Stadium in Vanadzor and "
         "pushed it back a day to Wednesday, April 29."),
    ])
    assert {"April 28", "April 29"} in values(analysis, "date_conflict")


def test_the_day_of_a_cup_match_before_the_cup_s_name(tmp_path):
    analysis = analyse(tmp_path, [
        ("Cup Daily", "2026-05-01", "Two goals from Ivo Berzins sent the capital club through in Wednesday's "
         "replayed Latvian Cup semi-final at the Republican Stadium in Vanadzor."),
    ])
    assert [c.value for c in event_claims(analysis, "date")] == ["Wednesday"]


def test_an_abandoned_match_was_played(tmp_path):
    analysis = analyse(tmp_path, [
        ("Cup Daily", "2026-04-23", "Thick fog meant the second leg of the cup semi-final between Aragats and Lori "
         "was abandoned on Wednesday after an hour."),
        ("Valley Sport", "2026-04-24", "The referee stopped the first leg of the semi-final between Aragats and Lori "
         "on Wednesday when fog covered the pitch."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second", "first"}]


def test_a_replay_ordered_for_one_ground_and_moved_to_another(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Sport", "2026-09-18", "The league ruled that the quarter-final between Irtysh and Aktobe, stopped "
         "by a storm, is to be replayed at the Lokomotiv Arena in Pavlodar on September 23."),
        ("Evening Sport", "2026-09-21", "The quarter-final replay between Aktobe and Irtysh has been moved out of "
         "Pavlodar to Kostanay, league officials said."),
    ])
    assert values(analysis, "place_conflict") == [{"Lokomotiv Arena in Pavlodar", "Kostanay"}]


def test_a_signing_moved_and_put_back_then_held_as_workers_looked_on(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plate Wire", "2026-06-01", "The agreement will be signed in Asuncion on June 10, the chief executive told "
         "reporters in Montevideo."),
        ("Plate Wire", "2026-06-09", "The signing of the sale of a controlling stake in Molinos del Chaco has been "
         "moved from Asuncion to Villarrica and put back to Friday, the seller said."),
        ("River Echo", "2026-06-13", "Farmers cheered outside the old flour mill in Villarrica on Friday as the "
         "buyers signed the contract."),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Asuncion", "Villarrica"}
    assert values(analysis, "place_conflict") == [{"Asuncion", "Villarrica"}]
    assert values(analysis, "date_conflict") == [{"June 10", "Friday"}]


def test_voters_returning_to_the_polls_give_the_vote_s_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Herald", "2026-08-17", "Citizens will return to the polls on November 8, the electoral court "
         "said."),
    ])
    assert [(c.qualifiers["event_class"], c.value) for c in event_claims(analysis, "date")] == [
        ("election", "November 8")]


def test_what_is_done_at_a_funeral_gives_the_funeral_s_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Java Chronicle", "2026-02-13", "The regency plans a joint funeral for the victims in Sukoharjo on Saturday."),
        ("Island Wire", "2026-02-18", "Families wept on Sunday at the joint funeral in Sukoharjo, the agency said."),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]


def test_a_pit_and_the_village_it_is_near_are_not_two_places_of_the_blast():
    from reconcile.models import Claim
    from reconcile.slots import place_relation

    def place(value: str, sentence: str) -> Claim:
        return Claim("s", "event", "the explosion", "place", value, 0, 0, sentence, 0, "place",
                     norm=f"name:{value.lower()}")

    village = place("Zlatovo", "Rescuers reached the flooded Krivak pit near Zlatovo at dawn.")
    pit = place("Krivak", "Water poured into the Krivak pit on Monday night.")
    other_village = place("Borovo", "Water poured into a pit by Borovo on Monday night.")
    assert place_relation(village, pit) == place_relation(pit, village) == "unknown"
    assert place_relation(village, other_village) == "different"


def test_an_event_moved_and_then_told_when_it_will_take_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Wire", "2026-04-14", "The two companies will sign the port agreement in Veracruz on April 21."),
        ("Market Brief", "2026-04-20", "The signing of the port agreement has been moved to Puebla and will take "
         "place on Thursday, April 23, the companies said."),
    ])
    assert values(analysis, "date_conflict") == [{"April 21", "Thursday, April 23"}]
    assert values(analysis, "place_conflict") == [{"Veracruz", "Puebla"}]


def test_a_day_a_ruling_had_been_scheduled_for_is_the_plan_replaced(tmp_path):
    analysis = analyse(tmp_path, [
        ("Capital Wire", "2026-05-28", "The court said it would deliver its verdict on June 12."),
        ("Law Times", "2026-06-10", "The district court has postponed its verdict in the fraud trial to June 26, "
         "the court said on Wednesday. The ruling had been scheduled for June 12."),
    ])
    assert values(analysis, "date_conflict") == [{"June 12", "June 26"}]


def test_a_funeral_mass_is_the_funeral_and_attending_it_gives_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Sierra Daily", "2026-02-17", "A joint funeral mass for the victims will be held on Thursday in the town "
         "square of Yungay, the municipality said."),
        ("Andes Press", "2026-02-21", "Hundreds of relatives attended the funeral in Yungay on Friday."),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Friday"}]


def test_meeting_a_rival_in_the_runoff_is_the_runoff_however_it_is_spelled(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeland Wire", "2027-04-27", """
        Dana Voss and Ilir Berisha will go to a second round after neither won a majority on Sunday.
        The runoff will be held on May 10, the electoral commission said.
        """),
        ("Valley Herald", "2027-04-28", """
        Dana Voss finished first on Sunday with 41 percent, short of the majority she needed, so she will meet
        Ilir Berisha in the run-off on May 17.
        """),
    ])
    assert {"May 10", "May 17"} in values(analysis, "date_conflict")
    assert not any(c.subject.lower().startswith("meeting") for c in event_claims(analysis, "date"))


def test_a_semi_final_still_to_finish_is_not_the_final(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Sport", "2027-04-23", """
        The semi-final between Kora United and Velt will be completed next Tuesday at the Marek Arena, the cup
        committee said. A storm stopped play in the 60th minute.
        """),
        ("Cup Wire", "2027-05-01", """
        Kora United reached the cup final after beating Velt 2-1 in the completion of their semi-final.
        The final is scheduled for May 20, the committee said.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "date")} >= {"next Tuesday", "May 20"}
    assert not any("May 20" in v for v in values(analysis, "date_conflict"))


def test_a_long_line_that_ends_on_a_word_was_wrapped_but_a_heading_was_not():
    from reconcile.nlp import unwrap_lines

    text = ("Storm warning\nDana Voss finished first on Sunday, short of the majority she needed, so she will meet\n"
            "Ilir Berisha in the run-off.")
    assert unwrap_lines(text) == text.replace("meet\n", "meet ")


def test_a_line_wrapped_after_a_bracket_is_read_on():
    from reconcile.nlp import unwrap_lines

    text = ("Talks resume\nThe government and the Alliance for Democracy and Renewal in Burundi (ADRB)\n"
            "opened a fourth round on March 3.\n(Reporting by the desk)\nNext story")
    assert unwrap_lines(text) == text.replace("(ADRB)\n", "(ADRB) ")


def test_talks_moved_from_one_city_to_another_are_held_in_the_second(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-03-01", "The labour minister has invited the union and the port operator to talks in "
                                     "Tema on Friday."),
        ("Port Live", "2027-03-05", "Today's talks between the Eastern Dockers' Union and Harbour Gate Terminals "
                                    "have been moved from Tema to Cape Coast."),
        ("Harbour Ledger", "2027-03-07", "The talks were moved at the last minute to a hotel in Cape Coast, the "
                                         "ministry said."),
    ])
    places = {c.value for c in event_claims(analysis, "place")}
    assert "Cape Coast" in places and "Tema to Cape Coast" not in places
    # The city the talks left is no act's place to compare: only the talks' two venues are in dispute.
    assert values(analysis, "place_conflict") == [{"Tema", "Cape Coast"}]


def test_a_replay_is_not_dated_by_the_match_it_replays(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Sport", "2027-04-23", "The federation has ordered a full replay of Wednesday's abandoned cup "
                                      "semi-final between Kora United and Velt, and the match will be played on April "
                                      "29 at the Marek Arena in Dravo."),
    ])
    assert {c.value for c in event_claims(analysis, "date")} == {"April 29"}


def test_a_replayed_semi_final_is_the_replay():
    from reconcile.extract.triggers import trigger_word
    from reconcile.nlp import load_model

    doc = load_model()("Kora United beat Velt 2-0 in Wednesday's replayed cup semi-final at the Lusk Stadium.")
    assert trigger_word(next(t for t in doc if t.lower_ == "semi-final")) == "replay"


def test_a_venue_named_with_and_without_its_town_is_one_venue(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley News", "2027-03-09", "The televised debate between the two candidates will be held at the Varno "
                                      "Civic Theatre on Wednesday."),
        ("City Radio", "2027-03-12", "The two candidates clashed over transport at Wednesday's debate at the Civic "
                                     "Theatre, the only debate of the campaign."),
    ])
    assert {"Varno Civic Theatre", "Civic Theatre"} <= {c.value for c in event_claims(analysis, "place")}
    assert values(analysis, "place_conflict") == []
    # Two different buildings of one kind still differ.
    assert place_relation_of("Varno Civic Theatre", "Varno Drama Theatre") == "different"


def place_relation_of(x: str, y: str) -> str:
    from reconcile.models import Claim
    from reconcile.slots import place_relation

    def claim(value: str) -> Claim:
        return Claim(source_id=value, kind="event", subject="debate", attribute="place", value=value, start=0,
                     end=len(value), sentence=value, sentence_start=0, value_type="place", norm=value.lower())

    return place_relation(claim(x), claim(y))


def test_the_present_of_a_timetable_is_ahead_and_a_declaration_day_is_not_the_vote_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plains Wire", "2027-05-13", "Voters in the Upper Lora district go to the polls on Saturday to fill a seat "
                                      "left vacant in March."),
        ("Plains Wire", "2027-05-17", "The electoral commission said Saturday's Upper Lora by-election had been "
                                      "peaceful."),
        ("River Gazette", "2027-05-18", "Jonah Okafor of the Unity Party was declared winner of the Upper Lora "
                                        "senatorial by-election on Monday after a recount."),
    ])
    polls = [c for c in event_claims(analysis, "date") if c.value == "Saturday"]
    assert sorted(str(c.norm) for c in polls) == ["2027-05-15", "2027-05-15"]
    assert "Monday" not in {c.value for c in event_claims(analysis, "date")}
    assert values(analysis, "date_conflict") == []


def test_a_visit_described_by_a_participle_is_still_ahead(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-09-03", "The deputy prime minister will travel to Varno on Monday for a two-day visit "
                                      "focused on a new rail corridor."),
    ])
    [day] = event_claims(analysis, "date")
    assert (day.value, str(day.norm), day.qualifiers["status"]) == ("Monday", "2027-09-06", "planned")


def test_a_screening_is_an_event_and_screenings_are_a_series(tmp_path):
    analysis = analyse(tmp_path, [
        ("Festival Daily", "2027-10-09", "An open-air screening at the Varno dunes is planned for Tuesday, October "
                                         "12, the festival said. Screenings will also be held in Lusk and Dravo."),
        ("Desert Review", "2027-10-18", "Hundreds of people attended the open-air screening at the Varno dunes "
                                        "last Wednesday."),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday, October 12", "last Wednesday"}]
    assert values(analysis, "place_conflict") == []


def test_a_round_the_tagger_reads_as_a_date_is_still_numbered(tmp_path):
    # The tagger marks "the end of the fourth round" as a date; nothing in it tells a time.
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-03-02", "The agreement came at the end of the fourth round of talks between the "
                                      "Orlen Valley Dairy and its union, the mediator said."),
        ("Milk Trade Weekly", "2027-03-05", "Orlen Valley Dairy and the union settled the pay dispute in the fifth "
                                            "round of talks, the mediator said."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"fourth", "fifth"}]


def test_a_report_opening_with_a_hearing_is_not_one_opening_with_the_arrest(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-06-04", "Police arrested two men on Thursday in a raid on a warehouse in Orvik over "
                                     "the theft of paintings from the Brenna museum. The two will appear before an "
                                     "investigating magistrate in Dalby on Monday, police said."),
        ("Northern Courier", "2027-06-09", "Two men arrested over the theft of paintings from the Brenna museum "
                                           "appeared before an investigating magistrate in Stenby on Tuesday and "
                                           "were remanded in custody."),
    ])
    assert values(analysis, "place_conflict") == [{"Dalby", "Stenby"}]
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_an_inauguration_and_an_opening_are_one_ceremony(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plains Business", "2027-10-14", "The inauguration of the Velmar bus plant took place on Tuesday in Orvik, "
                                          "the company said."),
        ("Coast Wire", "2027-10-15", "The opening of the Velmar bus plant took place on October 14 in Orvik, the "
                                     "company said."),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday", "October 14"}]


def test_a_plan_for_a_day_already_past_is_not_the_next_plan_of_a_later_report(tmp_path):
    analysis = analyse(tmp_path, [
        ("Amber Herald", "2027-05-03", "Orvik will host the sixth summit of the Amber Coast Forum on Wednesday, "
                                       "May 5, at the Harbour Congress Hall, the foreign ministry said."),
        ("Coast Wire", "2027-05-07", "Ministers adopted a joint declaration on Thursday at the close of the "
                                     "fifth summit of the Amber Coast Forum. The next summit will be held in Tartu."),
        ("Baltic Review", "2027-05-08", "The forum's next summit will take place in Liepaja, the ministers said."),
    ])
    assert values(analysis, "place_conflict") == [{"Tartu", "Liepaja"}]


def test_a_place_of_what_talks_are_about_is_not_where_they_are(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-04-13", "The two countries opened a third round of talks on fishing rights in the "
                                    "Peipus Lake basin on Monday."),
        ("Border Daily", "2027-04-14", "The two countries ended a third round of talks on a trade agreement in "
                                       "Tartu on Tuesday."),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Tartu"}


def test_a_hotel_in_a_town_places_the_talks_in_that_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-04-13", "Delegates from both countries gathered at the Vanemuise Hotel in Tartu on "
                                    "Monday for the second round of talks on the lake border."),
        ("Border Daily", "2027-04-20", "The third round of talks on the lake border, held in Tartu last week, ended "
                                       "without a deal."),
    ])
    assert [c.value for c in event_claims(analysis, "place") if c.source_id.startswith("00")] \
        == ["Vanemuise Hotel in Tartu"]
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_a_building_described_by_its_town_is_in_that_town_when_the_town_is_the_start_of_its_name(tmp_path):
    # the gazetteer calls the town "Jerez de la Frontera"; reports call it "Jerez"
    analysis = analyse(tmp_path, [
        ("Health Wire", "2027-04-13", "The outbreak at the Santa Clara General Hospital was reported on Monday."),
        ("South Daily", "2027-04-14", "The outbreak at the Jerez hospital was reported on Monday, officials said."),
    ])
    assert values(analysis, "place_conflict") == []
    [described] = [c for c in event_claims(analysis, "place") if c.value == "Jerez hospital"]
    assert described.norm.startswith("city:")


def test_a_mudflow_is_an_event_and_the_same_as_a_mudslide(tmp_path):
    analysis = analyse(tmp_path, [
        ("Mountain Wire", "2027-07-09", "A mudflow struck the village of Kurty in the early hours of Wednesday, "
                                        "July 7, officials said. It was the second mudflow in the district this "
                                        "summer."),
        ("Valley News", "2027-07-12", "The mudslide that hit Kurty on July 7 was the third in the district this "
                                      "summer."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_the_meeting_named_again_and_numbered_in_the_same_sentence_is_the_one_just_told(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-06-04", "The border commission met in Tartu this week. The meeting, on June 2, was the "
                                    "third round of talks between the two countries, following the first round "
                                    "held in Riga on April 13."),
        ("Border Daily", "2027-06-05", "The second round of the border commission's talks was held in Tartu, "
                                       "officials said."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_a_date_told_through_a_part_of_the_day_or_after_of_is_the_events(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Wire", "2027-05-08", "A flash flood that tore through two villages in the early hours of May 6 "
                                      "killed nine people, officials said."),
        ("Coast Daily", "2027-05-12", "The search for people missing after the flash flood of May 7 has been "
                                      "called off."),
        ("Risk Monitor", "2027-05-15", "The flash flood that struck the valley in the early hours of 6 May was the "
                                       "worst in a decade."),
    ])
    [dates] = values(analysis, "date_conflict")
    assert {"May 6", "May 7"} <= dates and "6 May" in dates


def test_a_one_word_name_beside_an_office_is_a_person_wherever_the_tagger_put_it(tmp_path):
    # "Ilula" is also a town the gazetteer knows (a small one): a name with an office in apposition is a person's
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-06-14", """
        The party elected a new leader on Sunday.

        The vote. Ilula, the party's vice-president, won the leadership at the convention in Mzuzu. Ilula has
        promised a tour of every district.
        """),
    ])
    people = {m.text for e in analysis.entities if e.label == "PERSON" for m in e.mentions}
    places = {m.text for e in analysis.entities if e.label == "PLACE" for m in e.mentions}
    assert "Ilula" in people and "Ilula" not in places


def test_a_day_the_parser_hangs_on_the_object_of_a_gathering_is_the_events(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2027-05-22", "Thousands of mourners filled Kopje Bay's community ground on Thursday for a "
                                    "memorial service for the victims of the bus crash."),
        ("Valley Daily", "2027-05-22", "A memorial service for the victims of the bus crash was held on Wednesday "
                                       "at the community ground."),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Wednesday"}]


def test_it_was_the_second_accident_numbers_the_disaster_the_report_opened_with(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-10-06", """
        Part of the roof of a copper mine near Tarnby collapsed early on Tuesday, trapping eleven miners.

        Kolvik Metals, which runs the mine, said rescuers had reached the shaft by noon.

        More than 200 rescuers were working at the site, the company said. Families waited at the gates.

        A government commission will investigate, the ministry said. Kolvik Metals said it was doing everything
        possible.

        It was the second serious accident at a Kolvik Metals mine this year, according to the ministry.
        """),
        ("Mining Chronicle", "2027-10-09", """
        The collapse at the Tarnby mine on Tuesday was the third serious accident at a Kolvik Metals mine this year.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_the_accident_named_late_in_a_report_is_the_derailment_it_opened_with(tmp_path):
    analysis = analyse(tmp_path, [
        ("Rail Ledger", "2027-04-20", """
        A passenger train derailed near Vellmar on Sunday, injuring 40 people.

        It is the second derailment on the line since 2021.
        """),
        ("Trackside Weekly", "2027-04-24", """
        A passenger train left the tracks near Vellmar on Sunday, injuring 40 people.

        Engineers inspected the curve on Monday. The line reopened on Thursday. Rescuers praised the crew.

        The operator said it would review its maintenance of older lines.

        The Vellmar accident is the third derailment on the line since 2021.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_it_will_be_the_34th_final_numbers_the_final_ahead_not_the_semi_finals_just_played(tmp_path):
    analysis = analyse(tmp_path, [
        ("Cup Wire", "2027-11-02", """
        Harbour Athletic and Vale Rovers will meet in the cup final on Saturday at the Riverside Arena in Dunmore,
        after both won their semi-finals last week. It will be the 34th final of the competition.
        """),
        ("Football Daily", "2027-11-03", """
        Saturday's cup final at the Riverside Arena in Dunmore will be the 35th final of the competition.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"34th", "35th"}]


def test_the_day_of_an_event_an_election_was_called_after_is_not_the_elections(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-06-10", "The by-election was called after the death in April of the constituency's MP, "
                                     "Ama Serwah Quaye."),
        ("Highland FM", "2027-06-10", "Kojo Mensimah won the June 9 by-election in the Tano Hills constituency."),
    ])
    assert values(analysis, "date_conflict") == []
    # but a time of day before the date is the event's own time
    (tmp_path / "second").mkdir()
    analysis = analyse(tmp_path / "second", [
        ("Hill Wire", "2027-07-14", "The landslide struck shortly before 11 p.m. on Monday, burying dozens of homes."),
        ("Valley Post", "2027-07-15", "A landslide buried dozens of homes early on Wednesday, officials said."),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Wednesday"}]


def test_an_evacuation_order_and_a_recall_are_events_of_their_own(tmp_path):
    analysis = analyse(tmp_path, [
        ("Prairie Wire", "2027-07-13", """
        The town issued a mandatory evacuation order on Sunday evening as the Birch Hollow wildfire approached.

        Kettleby Appliances said the recall of its KT-200 heater, announced on Thursday, was its second recall
        since 2024.
        """),
        ("Valley Courier", "2027-07-14", """
        Some 9,000 residents have been out of their homes since the evacuation order came down on Saturday night.

        The KT-200 recall is the third recall by Kettleby Appliances since 2024.
        """),
    ])
    [dates] = values(analysis, "date_conflict")
    assert "Saturday night" in dates and dates & {"Sunday", "Sunday evening"}
    assert values(analysis, "ordinal_conflict") == [{"second", "third"}]


def test_an_act_told_in_a_relative_clause_is_what_its_noun_underwent(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Wire", "2027-07-15", "The seven critically injured, who were airlifted to Biratnagar on Tuesday, are "
                                    "in stable condition."),
        ("Valley Post", "2027-07-16", "The seven critically injured were airlifted to Dharan on Tuesday."),
    ])
    assert values(analysis, "place_conflict") == [{"Biratnagar", "Dharan"}]


def test_where_a_count_of_events_is_taken_is_not_where_the_event_happened(tmp_path):
    analysis = analyse(tmp_path, [
        ("Market Wire", "2027-03-10", "The acquisition of Laiterie Oudaya by Nile Grain Holdings was signed in "
                                      "Settat on Monday."),
        ("Business Ledger", "2027-03-11", "The Oudaya purchase is the group's third acquisition in North Africa."),
    ])
    assert "North Africa" not in {c.value for c in event_claims(analysis, "place")}
    assert "third" in {c.value for c in event_claims(analysis, "ordinal")}


def test_ordinals_that_count_different_things_are_not_compared(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-05-11", "Turnout was 49.7 percent, down from 56.3 percent in the first round on April "
                                      "19, the commission said."),
        ("Elections Brief", "2027-05-12", "The vote in Tarnak on April 19 was the third by-election in the "
                                          "constituency since 2020."),
    ])
    assert values(analysis, "ordinal_conflict") == []


def test_the_day_an_event_was_moved_from_is_the_old_plan_not_the_day_it_happened(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-04-21", "The runoff in Erdenet will be held on May 3, the commission said."),
        ("City Weekly", "2027-04-29", "The runoff was postponed from May 3 to May 10 after a recount in one "
                                      "district."),
        ("National Observer", "2027-05-11", "The runoff had been pushed back by a week, from May 3, after a dispute "
                                            "over ballots."),
    ])
    assert values(analysis, "date_conflict") == [{"May 3", "May 10"}]
    held = [c for c in event_claims(analysis, "date") if c.qualifiers.get("status") == "held"]
    assert not [c for c in held if c.value == "May 3"]


def test_the_edition_of_a_competition_is_numbered_in_words_or_digits(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-05-13", "The second leg is on Sunday in Temuco. The winner of the 15th edition of the "
                                     "cup will take a place in the continental competition."),
        ("South Daily", "2027-05-14", "Whoever wins the fourteenth edition of the cup will earn a place in the "
                                      "continental competition."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"15th", "fourteenth"}]


def test_delegations_that_sit_down_somewhere_meet_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Kalahari Wire", "2027-04-23", "The second round of talks was held in Lubango on Wednesday."),
        ("Border Chronicle", "2027-04-25", "The delegations sat down in Menongue on Wednesday and ended the second "
                                           "round on Thursday."),
    ])
    assert values(analysis, "place_conflict") == [{"Lubango", "Menongue"}]


def test_a_plan_a_report_says_was_given_before_is_not_its_plan_and_a_month_hides_no_two_days(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeland Wire", "2027-02-10", """
        The fishing commission ended its fourth round of talks in Molde on Tuesday.
        The next round is due to be held in Harstad in March, the ministry said.
        """),
        ("Nordic Ledger", "2027-02-11", """
        The fishing commission is due to meet next in Harstad on March 3, according to a joint statement.
        """),
        ("Fjord Review", "2027-02-15", """
        The next meeting of the fishing commission will be held in Kristiansund, the ministry said on Monday.
        The fifth round is now scheduled for March 10 in the harbour town. After Tuesday's round in Molde,
        officials had said the talks would return to the Norwegian capital.
        """),
    ])
    # What officials had said before the change is no plan of the newer report's.
    assert not [c for c in event_claims(analysis, "place") if c.value == "the Norwegian capital"]
    places = values(analysis, "place_conflict")
    assert len(places) == 1 and {"Harstad", "Kristiansund"} <= places[0]
    # "In March" agrees with "March 3" and with "March 10", which do not agree with each other.
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and {"March 3", "March 10"} <= dates[0]


def test_a_place_hung_on_next_is_the_place_of_the_next_meeting(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: 2027-02-11\n---\nThe commission is due to meet next in Ijevan on "
                                   "June 2, according to a joint statement issued after the talks.\n", encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    assert {(c.attribute, c.value) for c in analysis.claims if c.kind == "event"} >= {("place", "Ijevan"),
                                                                                     ("date", "June 2")}


def test_a_country_agrees_with_two_of_its_towns_without_hiding_that_they_differ(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeland Wire", "2027-02-10", "The fishing commission will hold its fifth round of talks in Norway in March."),
        ("Nordic Ledger", "2027-02-11", "The fishing commission will hold its fifth round of talks in Harstad in March."),
        ("Fjord Review", "2027-02-12",
         "The fishing commission will hold its fifth round of talks in Kristiansund in March."),
    ])
    places = values(analysis, "place_conflict")
    assert len(places) == 1 and {"Harstad", "Kristiansund"} <= places[0]


@pytest.mark.parametrize("text", [
    "The next meeting of the border commission will be held in Ijevan rather than in Gavar, the ministry said.",
    "The final will be played in Ijevan instead of Gavar on Sunday rather than Saturday.",
])
def test_a_place_or_day_set_aside_is_not_the_event_s(tmp_path, text):
    (tmp_path / "a.md").write_text(f"---\npublished: 2027-02-11\n---\n{text}\n", encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    told = {c.value for c in analysis.claims if c.kind == "event" and c.attribute in ("place", "date")}
    assert not told & {"Gavar", "Saturday"}


def test_the_day_after_the_topic_of_talks_is_the_talks_day(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\npublished: 2027-02-11\n---\nNegotiators from both countries will open a second round of talks on sharing "
        "the costs of the new border bridge on Friday, the ministry said.\n", encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    assert [c.value for c in event_claims(analysis, "date")] == ["Friday"]


def test_a_minister_receiving_a_counterpart_for_a_round_places_and_dates_the_round(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\npublished: 2027-02-11\n---\nThe interior minister will receive his Swiss counterpart in Annecy on Monday "
        "for the fourth round of talks on cross-border policing.\n", encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    by_slot = {c.attribute: c.value for c in analysis.claims if c.kind == "event" and c.qualifiers.get("trigger") == "round"}
    assert (by_slot.get("place"), by_slot.get("date"), by_slot.get("ordinal")) == ("Annecy", "Monday", "fourth")


def test_talks_planned_for_one_day_that_ended_the_next_are_not_two_dates(tmp_path):
    analysis = analyse(tmp_path, [
        ("Alpine Wire", "2027-02-11", """
        The interior minister will receive his Swiss counterpart in Annecy on Monday for the fourth round of talks
        on cross-border policing.
        """),
        ("Savoy Daily", "2027-02-17", """
        The fourth round of talks on cross-border policing ended on Tuesday in Annecy with a draft accord.
        """),
    ])
    assert not values(analysis, "date_conflict")
    assert [c.value for c in event_claims(analysis, "date")] == ["Monday", "Tuesday"]


def test_a_wire_story_filed_from_the_town_of_the_talks_it_opens_with_places_them_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Nordic Wire", "2027-03-02", """
        HARSTAD, Norway, March 2 (Nordic Wire) - Norway and Sweden held a fourth round of talks on fishing quotas
        on Monday, officials said.

        A landslide blocked the coastal road near the town on Sunday.
        """),
        ("Fjord Review", "2027-03-04", """
        Norway and Sweden held a fourth round of talks in Molde on Monday.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert places == [{"HARSTAD", "Molde"}]
    # Only what the first paragraph tells: the landslide after it is not placed in the town.
    assert {c.value for c in event_claims(analysis, "place")} == {"HARSTAD", "Molde"}
    assert not [c for c in event_claims(analysis, "place") if c.qualifiers.get("event_class") == "disaster"]


@pytest.mark.parametrize("opening", [
    "A landslide killed three people on Monday, the police said.",
    # An election's count is told from the capital; the votes were cast in the municipality.
    "The Farmers' Party won the last seat on the council of Lakeby by four votes, the final count showed on Monday.",
])
def test_a_disaster_or_a_vote_is_not_placed_where_the_story_was_filed(tmp_path, opening):
    (tmp_path / "a.md").write_text(
        f"---\npublished: 2027-03-02\n---\nOSLO, March 2 (Nordic Wire) - {opening}\n", encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    assert event_claims(analysis, "date")  # the event was read, and given no place
    assert not event_claims(analysis, "place")


def test_two_places_far_apart_in_one_sentence_are_not_one_put_in_the_other(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-01-18", "A freight train derailed on Saturday near Tavira, killing two crew members."),
        ("Algarve Courier", "2027-01-19", """
        The death toll from Saturday's derailment near Corvelha rose to three after a crew member died overnight,
        and nurses at the hospital in Tavira say they have not slept since.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Tavira", "Corvelha"}]


def test_the_event_one_report_opens_with_is_the_first_of_that_name_another_report_tells(tmp_path):
    analysis = analyse(tmp_path, [
        ("Retail Insider", "2027-06-05", """
        Shops pulled the BrewMax kettle from their shelves after Larkfield Appliances announced a recall of the
        product yesterday.

        The company had announced a recall of 3,000 toasters in March.
        """),
        ("Valley Courier", "2027-06-06", """
        Mara Quint was making tea when the kettle split in her hand.

        Firefighters were called to the house on Tuesday night and found the kitchen full of steam.

        Her kettle is one of the units now being recalled by Larkfield. The company announced the recall on
        Wednesday, saying a seam in the base could fail.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"yesterday", "Wednesday"}]


def test_an_event_named_by_what_officials_called_it_is_what_the_outer_verb_tells(tmp_path):
    analysis = analyse(tmp_path, [
        ("Baltic Wire", "2027-05-06", """
        Negotiators from the two countries wrapped up in Riga on Wednesday what officials called the third round of
        talks on fishing quotas.
        """),
        ("Harbour Post", "2027-05-07", "The third round of talks ended in Tallinn on Wednesday with no deal."),
    ])
    assert values(analysis, "place_conflict") == [{"Riga", "Tallinn"}]


def test_two_reports_that_open_with_the_two_legs_of_a_tie_tell_two_matches(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Sports Wire", "2027-04-15", """
        Harbour City beat Palm Rovers 2-1 in the first leg of their cup semi-final on Tuesday.
        """),
        ("Coast Gazette", "2027-04-24", """
        Harbour City drew 1-1 with Palm Rovers in Wednesday's second leg of the cup semi-final to reach the final.
        """),
    ])
    assert not values(analysis, "ordinal_conflict")
    assert not values(analysis, "date_conflict")


def test_acts_numbered_differently_are_two_acts_and_a_day_ends_before_with(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-04-16", "The first relief flight, from Almaty, landed in Osh on Wednesday with tents."),
        ("Valley Live", "2027-04-19", """
        The second relief flight, from Tashkent, landed in Osh on Saturday with winter tents and stoves.
        """),
    ])
    assert not values(analysis, "date_conflict")
    assert sorted(c.value for c in event_claims(analysis, "date")) == ["Saturday", "Wednesday"]


def test_where_those_an_act_is_done_with_are_is_not_where_the_act_was(tmp_path):
    analysis = analyse(tmp_path, [
        ("Battery Monitor", "2027-05-26", """
        The chief executive said the company had signed supply agreements with cell makers in Germany.
        """),
        ("Business Wire", "2027-05-25", "The company signed the supply agreements in Warsaw on Monday."),
    ])
    assert not values(analysis, "place_conflict")
    assert [c.value for c in event_claims(analysis, "place")] == ["Warsaw"]


def test_a_district_named_after_a_big_town_and_another_big_town_are_two_places(tmp_path):
    analysis = analyse(tmp_path, [
        ("South Asia Wire", "2027-03-10", "He was arrested in Satkhira district in October 2024, police said."),
        ("Jute Review", "2027-03-12", "He was arrested at his home in Jashore in October 2024."),
    ])
    assert values(analysis, "place_conflict") == [{"Satkhira district", "Jashore"}]
    (tmp_path / "01.md").write_text("---\noutlet: Delta Post\npublished: 2027-03-13\n---\n"
                                    "Police arrested him in Satkhira in October 2024.\n", encoding="utf-8")
    assert values(reconcile.analyse([tmp_path]), "place_conflict") == []  # the district and its own town


def test_a_plan_and_a_later_reports_opening_event_called_by_other_nouns_are_two_events(tmp_path):
    analysis = analyse(tmp_path, [
        ("Arts Brief", "2027-02-17", """
        The Harbour Film Festival launched its programme in Napier on Tuesday.

        Tickets go on sale on Monday.
        """),
        ("Bay Tribune", "2027-02-24", """
        The Civic Theatre was shut on Friday after an inspection found that part of its ceiling had corroded.
        """),
    ])
    days = {(c.source_id, c.value) for c in event_claims(analysis, "date")}
    assert {("00", "Monday"), ("01", "Friday")} <= days  # both events are read, and kept apart
    assert not values(analysis, "date_conflict")


def test_a_planned_ceremony_and_the_ceremony_held_are_one_event_named_with_and_without_its_purpose(tmp_path):
    analysis = analyse(tmp_path, [
        ("Heritage Wire", "2026-09-14", "The mansion's reopening ceremony will be held on Saturday, September 19."),
        ("Lake Review", "2026-09-22", "Hundreds attended the ceremony on Sunday, when the mansion's doors opened again."),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday, September 19", "Sunday"}]


def test_the_day_an_appeal_was_lodged_is_the_appeals(tmp_path):
    analysis = analyse(tmp_path, [
        ("Mill Review", "2026-03-20", """
        The former director, jailed on Sunday for fraud, lodged an appeal with the High Court on Wednesday, his
        lawyer said.
        """),
        ("Evening Brief", "2026-03-27", "The High Court admitted his appeal, which was filed on March 19."),
    ])
    assert values(analysis, "date_conflict") == [{"Wednesday", "March 19"}]


def test_a_press_conference_at_a_bodys_premises_is_placed_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2026-03-16", """
        Defence lawyer Omar Faruk told a press conference at the Riverside Press Club on Sunday that his client
        would appeal.
        """),
        ("Evening Post", "2026-03-16", """
        Defence lawyer Omar Faruk told a press conference at the District Bar Association on Sunday that the
        defence would go to the High Court.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Riverside Press Club", "District Bar Association"}]


def test_a_district_and_the_town_it_is_named_after_agree_where_the_gazetteer_knows_neither(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Wire", "2026-04-13", "A small plane crashed into a hillside in Dorvak district on Sunday."),
        ("Valley Ledger", "2026-04-14", "The plane slammed into a ridge in Dorvak on Sunday."),
    ])
    assert len(event_claims(analysis, "place")) == 2  # a place in each report, and they agree
    assert values(analysis, "place_conflict") == []


def test_a_day_the_tagger_ran_into_the_time_since_ends_at_the_comma(tmp_path):
    analysis = analyse(tmp_path, [
        ("Law Daily", "2026-05-02", """
        The appeal opened on April 28, five months after the district court convicted all four defendants.
        """),
        ("Funds Monitor", "2026-05-03", "The appeal opened on April 29 before the court of appeal."),
    ])
    assert {"April 28", "April 29"} in values(analysis, "date_conflict")
    assert not [c for c in event_claims(analysis, "date") if "months" in c.value]


def test_events_of_a_plural_noun_each_told_by_a_place_and_a_day_are_apart(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Wire", "2026-05-11", """
        The two finalists will meet in televised debates in Praia on Friday and in Mindelo next Wednesday.
        """),
        ("Atlantic Courier", "2026-05-21", "The debate in Mindelo on Wednesday was the sharper of the two."),
    ])
    assert not values(analysis, "place_conflict")
    assert not values(analysis, "date_conflict")
    assert {c.value for c in event_claims(analysis, "place") if c.source_id == "00"} == {"Praia", "Mindelo"}


def test_the_day_an_event_entered_its_nth_day_is_not_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Port Wire", "2026-05-09", "A strike by dockworkers at the port entered its sixth day on Saturday."),
        ("Cargo Brief", "2026-05-12", "The dockworkers' strike began on Monday, May 4, over pay."),
    ])
    claims = event_claims(analysis, "date")
    strike_days = [c.value for c in claims if c.qualifiers["event_class"] != "action"
                   and not c.qualifiers["event_class"].startswith("day of ")]
    assert strike_days == ["Monday, May 4"]  # Saturday is a day the strike went on, not its own
    # ... it is the strike's sixth day, numbered as such
    assert [c.value for c in claims if c.qualifiers["event_class"] == "day of strike"] == ["Saturday"]
    assert not values(analysis, "date_conflict")


def test_the_day_of_an_event_a_sentence_says_something_was(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Post", "2026-06-01", "A landslide buried six houses in Tavoro village early on Sunday."),
        ("Relief Update", "2026-06-05", "The deadliest single blow was a landslide in Tavoro village on May 30, "
                                        "which buried six houses."),
    ])
    assert {c.value for c in event_claims(analysis, "date")} == {"Sunday", "May 30"}
    assert values(analysis, "date_conflict") == [{"Sunday", "May 30"}]


def test_a_village_the_gazetteer_lacks_may_lie_in_a_district_named_after_a_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Post", "2026-06-01", "A landslide in the Badulla district of Sri Lanka on Sunday buried six houses."),
        ("Relief Update", "2026-06-02", "A landslide in Pitakanda on Sunday buried six houses."),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Badulla district", "Pitakanda"}
    assert values(analysis, "place_conflict") == []


def test_acts_of_a_series_are_not_one_act(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Post", "2026-06-04", "Divers recovered two more bodies from the Orvane reservoir on Wednesday."),
        ("Relief Update", "2026-06-06", "The last bodies were recovered from the Orvane reservoir on Friday. "
                                        "Tomas Vell scored the opening goal on Sunday."),
        ("Sport Brief", "2026-06-06", "Tomas Vell scored the only goal of the semi-final on Wednesday."),
    ])
    assert values(analysis, "date_conflict") == []
    keys = {c.qualifiers["trigger"] for c in event_claims(analysis, "date")}
    assert keys == {"recover body no. last", "score goal no. 1", "semi-final"}  # the goal of the semi-final: its day


def test_the_day_and_place_a_named_person_was_detained(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2026-04-09", "Former mayor Arman Dossov, who denies the charges, was detained in March 2024 "
                                      "in Karaganda."),
        ("Irtysh Courier", "2026-04-10", "Dossov was detained in February 2024 in Karaganda."),
    ])
    assert values(analysis, "date_conflict") == [{"March 2024", "February 2024"}]


def test_the_day_of_a_match_someone_missed_or_scored_in(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Sport", "2026-05-19", "Dario Kell scored the only goal of the final at the Central Stadium in "
                                       "Varna on Sunday."),
        ("Coast Daily", "2026-05-20", "Ivo Brandt, who is suspended, missed the final on May 16. Thousands "
                                      "watched the final on a big screen in Burgas."),
    ])
    days = {c.value: c.qualifiers["event_class"] for c in event_claims(analysis, "date")}
    assert days == {"Sunday": "match", "May 16": "match"}
    assert "Burgas" not in {c.value for c in event_claims(analysis, "place") if c.qualifiers["event_class"] == "match"}
    assert values(analysis, "date_conflict") == [{"Sunday", "May 16"}]


def test_an_event_that_sets_the_time_of_another_act_does_not_take_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Southern Wire", "2026-09-27", "Counting began in Maluti on Saturday after a general election in which "
                                        "turnout appeared to be low."),
        ("Maluti Sentinel", "2026-09-28", "The Unity Congress won Friday's general election, results showed."),
    ])
    elections = [c for c in event_claims(analysis, "date") if c.qualifiers["event_class"] == "election"]
    assert [c.value for c in elections] == ["Friday"]
    assert values(analysis, "date_conflict") == []


def test_the_town_named_in_a_place_where_an_act_was_done(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2026-04-09", "Arman Dossov was questioned at Karaganda airport by anti-corruption officers."),
        ("Irtysh Courier", "2026-04-10", "Dossov was questioned in Astana, where he had gone for a meeting."),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Karaganda", "Astana"}
    assert values(analysis, "place_conflict") == [{"Karaganda", "Astana"}]


def test_the_one_coming_leg_beside_a_coming_final_and_the_leg_a_later_report_opens_with(tmp_path):
    # The older report tells two events still ahead (a leg and the final); only one is a leg, so the later
    # report's opening leg, held in another city a day later, is that plan.
    analysis = analyse(tmp_path, [
        ("Lakes Sport Wire", "2027-09-08", """
        Port Ilha drew 0-0 with Vale Norte in the first leg of the regional shield semi-final on Tuesday.
        The return leg is scheduled for September 14 in Cascavel.
        The final will be played in Maringá on October 2.
        """),
        ("Vale Norte Courier", "2027-09-16", """
        Vale Norte drew 1-1 with Port Ilha in Wednesday's second leg in Londrina and went through on away goals.
        Striker Ivo Dantas scored both goals.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert places == [{"Cascavel", "Londrina"}]
    dates = values(analysis, "date_conflict")
    assert dates == [{"September 14", "Wednesday"}]


def test_a_letter_signed_is_no_signing_of_the_deal(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Courier", "2027-06-10", """
        The town hall signed the catering contract in February 2025. In April 2025 some 200 parents signed a
        letter to the ombudsman complaining that the meals never came.
        """),
        ("Procurement Review", "2027-06-12", """
        The town hall signed the catering contract with the consortium in February 2025, without a tender.
        """),
    ])
    signings = [c for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "signing"]
    assert sorted(c.value for c in signings) == ["February 2025", "February 2025"]
    assert values(analysis, "date_conflict") == []


def test_a_ruling_due_on_a_day_told_before_the_verb_is_the_verdict_of_another_report(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-05-10", """
        On Thursday, May 13, Judge Aliya Temirova of the Taraz City Court is expected to rule on whether the
        pharmacist is guilty.
        """),
        ("Taraz Courier", "2027-05-12", """
        Judge Aliya Temirova will deliver the verdict in the pharmacist's trial on May 18, the court said.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday, May 13", "May 18"}]


def test_a_village_the_tagger_takes_for_a_people_is_a_place_after_near(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-07-21", """
        Four tourists are missing after their jeep was swept into the river near Sulyan on the way back from the
        glacier, officials said. The statement was also issued in Uzbek.
        """),
        ("Hill Times", "2027-07-22", """
        The jeep with the four tourists was swept into the river near Chakdara on Monday night.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Sulyan", "Chakdara"}]


def test_found_guilty_is_the_conviction_and_its_day_is_compared(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hemisphere Wire", "2027-06-02", """
        Rodrigo Salcedo Pineda, a former mayor of Puerto Lindo, was found guilty on May 21 of embezzlement.
        """),
        ("Valley Courier", "2027-06-04", """
        Judge Marta Ruiz found Salcedo guilty on May 28 of embezzlement, the court said.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"May 21", "May 28"}]


def test_the_day_an_act_begins_is_the_day_of_the_act_after_begin(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Ledger", "2027-06-01", """
        Marsa Cold Stores set the price of its listing at 180 baisa. The shares will start trading on June 6.
        """),
        ("Batinah Times", "2027-06-03", """
        Demand for Marsa Cold Stores' shares was strong, and they will begin trading on Monday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"June 6", "Monday"}]  # Monday is June 7


def test_an_event_that_describes_the_subject_does_not_take_the_day_of_its_act(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island News Service", "2027-11-25", """
        Dewi Lestari won Wednesday's election for mayor of Tegalwangi by a wide margin, the count showed.
        """),
        ("Morning Brief", "2027-12-09", """
        Rudi Hartono, the losing candidate in last month's election for mayor of Tegalwangi, filed an appeal with the
        administrative court in Surabaya on Tuesday.
        """),
    ])
    assert values(analysis, "date_conflict") == []
    assert values(analysis, "place_conflict") == []


def test_the_place_and_day_of_an_event_another_follows_are_not_the_follower_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Horn Wire", "2027-02-09", """
        The first round was held in Kampala in October.
        """),
        ("Lake Ledger", "2027-02-10", """
        The talks follow a first round in Kampala in October and an expert meeting in Jinja in November.
        """),
    ])
    talks = [c for c in event_claims(analysis, "place") if c.qualifiers["trigger"] in ("talks", "talk")]
    assert talks == []
    assert values(analysis, "place_conflict") == []


def test_a_region_written_with_the_is_not_another_town_than_a_town_in_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("River Observer", "2027-01-12", """
        A minibus carrying farm workers overturned in the Mosquitia on Monday morning, killing eleven of them.
        """),
        ("Road Review", "2027-01-18", """
        Eleven farm workers died on January 10 when their minibus left the highway near Puerto Lempira and rolled
        into a ditch.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Mosquitia", "Puerto Lempira"}
    assert values(analysis, "place_conflict") == []


def test_the_day_a_verdict_had_been_due_is_not_the_day_it_was_delivered(tmp_path):
    analysis = analyse(tmp_path, [
        ("Capital Chronicle", "2027-10-10", """
        Judge Ana Pop said she would deliver the verdict on October 14.
        """),
        ("County Courier", "2027-10-16", """
        The ruling, which had been expected on Thursday, came a day late: the court yesterday convicted Ion Marin
        of fraud.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "date")} == {"October 14", "yesterday"}


def test_a_court_s_session_and_a_hearing_dated_between_commas_are_one_sitting(tmp_path):
    analysis = analyse(tmp_path, [
        ("Capital Chronicle", "2027-10-10", """
        Ion Marin's fraud trial went on at the county tribunal. Friday's session, the fifth hearing since the trial
        opened in June, was given over to the defence.
        """),
        ("County Courier", "2027-10-16", """
        Much rests on Elena Dinu, a former cashier, who said at the sixth hearing, on October 8, that she had been
        told to alter the ledgers.
        """),
    ])
    assert "October 8" in {c.value for c in event_claims(analysis, "date")}
    assert values(analysis, "ordinal_conflict") == [{"fifth", "sixth"}]


def test_a_day_of_mourning_is_dated_by_the_day_declared(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-05-17", """
        The prime minister on Sunday declared Monday a day of mourning for the 40 miners.
        """),
        ("Valley Post", "2027-05-20", """
        Schools in the mining towns stayed closed for Tuesday's day of mourning for the miners.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_people_flown_or_airlifted_somewhere_are_one_act_placed_in_each_report(tmp_path):
    analysis = analyse(tmp_path, [
        ("Arctic Press", "2027-04-13", """
        The bus driver, who was trapped in his cab for two hours, was airlifted to hospital in Tromso.
        """),
        ("Coast Ledger", "2027-04-14", """
        Rescuers freed the bus driver after two hours. The bus driver was flown to a trauma centre in Bodo, the
        police said on Monday.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Tromso", "Bodo"}]


def test_an_event_something_still_to_come_happens_before_is_ahead(tmp_path):
    # Published on Friday 2027-04-16: "before Sunday's vote" is the coming Sunday, the 18th, as the report of the
    # Monday after says; not the Sunday before the report.
    analysis = analyse(tmp_path, [
        ("Island Wire", "2027-04-16", """
        The four candidates for mayor hold their final rallies on Friday, the last day of campaigning before
        Sunday's first round of voting.
        """),
        ("Harbour Tribune", "2027-04-19", """
        Marta Lindgren and Tomas Berg will meet in a runoff after neither won a majority in Sunday's first round
        of voting.
        """),
    ])
    days = {str(c.norm) for c in event_claims(analysis, "date") if c.value == "Sunday"}
    assert days == {"2027-04-18"}, days
    assert not values(analysis, "date_conflict")


def test_a_place_named_to_locate_another_is_not_the_event_s_place(tmp_path):
    # The tagger parses "just outside the city of X" onto the verb; X only says where the village is.
    analysis = analyse(tmp_path, [
        ("Aegean Wire", "2027-06-09", """
        Three workers were killed on Tuesday when fire broke out at a paint plant operated by Voltera Paints in
        Ptolemaida, just outside the city of Kozani, emergency officials said.
        """),
        ("Kozani Courier", "2027-06-10", """
        The fire at the Voltera Paints paint plant in Ptolemaida on Tuesday killed three workers, officials said.
        """),
    ])
    assert "Kozani" not in {c.value for c in event_claims(analysis, "place")}
    assert not values(analysis, "place_conflict")


def test_a_weekday_told_with_last_week_is_that_week_s_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Sports Wire", "2026-05-13", """
        Atletico Sierra beat Deportivo Costa 2-1 in the first leg of the cup final on Wednesday.
        """),
        ("Sur Live", "2026-05-20", """
        Sierra lead 2-1 from Wednesday's first leg last week.
        """),
    ])
    [late] = [c for c in event_claims(analysis, "date") if c.source_id.startswith("01")]
    assert str(late.norm) == "2026-05-13"
    assert not values(analysis, "date_conflict")


def test_a_plan_and_the_round_a_later_report_tells_further_down_are_one_round(tmp_path):
    # The later report opens with the treaty, not the round; the round it tells as past, in the month planned, is
    # the round the older reports announced, held in another town.
    analysis = analyse(tmp_path, [
        ("Tatra Wire", "2027-03-02", """
        Polish and Slovak negotiators ended a round of talks on a cross-border rail line on Monday.
        The next round will be held in Rzeszów in April and could produce a final text, the transport ministry said.
        """),
        ("Tatra Herald", "2027-03-04", """
        Rail officials from both countries say a treaty on the line could be ready by May.
        The commission's next meeting will be held in Rzeszów in April.
        """),
        ("Central Europe Freight Monitor", "2027-05-20", """
        The prime ministers of Poland and Slovakia signed a treaty on a cross-border rail line on Tuesday.
        Freight forwarders said the line could cut journey times for cargo by several hours.
        The treaty was agreed at the final round of talks in Krosno in April, after negotiators settled the last
        disputed sections.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert {"Rzeszów", "Krosno"} in [p & {"Rzeszów", "Krosno"} for p in places]


def test_a_plan_told_twice_is_not_joined_to_the_next_meeting_through_the_report_that_gives_no_place(tmp_path):
    # One report gives the round's day and town, another only its number; the latest tells the talks as held in
    # another town and "the next meeting" in a third. The round's plan is the talks held, not the next meeting,
    # though the report that gives no place could be joined to either.
    analysis = analyse(tmp_path, [
        ("Danube Business Daily", "2027-04-10", """
        Polish and Slovak officials agreed on Monday to set up a joint commission on freight trains.
        The commission's second round is scheduled for May 26 in Prešov, officials said.
        """),
        ("Tatra Wire", "2027-04-12", """
        The joint commission on freight trains met for the first time in Nitra on Monday.
        The commission will hold its second round after Easter.
        """),
        ("Central Europe Freight Monitor", "2027-06-04", """
        The commission's talks were held in Košice on Tuesday.
        Officials agreed rules for sharing freight slots on the line.
        The commission is due to meet next in Žilina in October, officials said.
        """),
    ])
    places = values(analysis, "place_conflict")
    assert any({"Prešov", "Košice"} <= p for p in places)
    assert not any("Žilina" in p and "Prešov" in p for p in places)


@pytest.mark.parametrize(("first", "second", "expected"), [
    # A vehicle that "went over the edge" or "went off the road" crashed there.
    ("A minibus carrying 19 people went over the edge of the highway near Dabola early on Sunday.",
     "The minibus went off the road near Faranah early on Sunday and fell into a ravine.",
     {"Dabola", "Faranah"}),
    # A boat that "went down" sank there.
    ("An overloaded ferry went down near Kpando on Lake Volta on Saturday evening, officials said.",
     "The ferry capsized near Dzemeni on Saturday evening with about 60 people on board.",
     {"Kpando", "Dzemeni"}),
    # A train that "ploughed into" or "ran into" another collided with it there; "the collision" is the crash.
    ("An express train ploughed into a stationary goods train near Beni Ahmed on Thursday night, officials said.",
     "Thursday's collision near Qusiya: a passenger train ran into the back of a goods train standing at a signal.",
     {"Beni Ahmed", "Qusiya"}),
])
def test_a_crash_or_sinking_told_by_a_verb_and_its_words_is_placed(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Savanna Wire", "2027-05-17", first), ("Coast Standard", "2027-05-18", second)])
    assert values(analysis, "place_conflict") == [expected]


@pytest.mark.parametrize(("published", "held", "expected"), [
    # Two days after the day planned: the plan put off.
    ("2027-03-26", "March 20", [{"March 18", "March 20"}]),
    # A month after the day planned: another round, not the plan put off.
    ("2027-04-26", "April 20", []),
    # A day before the day planned: the plan brought forward.
    ("2027-03-26", "March 17", [{"March 18", "March 17"}]),
])
def test_a_plan_and_the_event_a_later_report_tells_a_few_days_later_are_one_event_put_off(tmp_path, published, held,
                                                                                         expected):
    # The later report opens with something else and tells the round further down.
    analysis = analyse(tmp_path, [
        ("Tatra Wire", "2027-03-02", """
        Polish and Slovak negotiators ended a round of talks on a cross-border rail line on Monday.
        The next round will be held in Prešov on March 18, the transport ministry said.
        """),
        ("Central Europe Freight Monitor", published, f"""
        The prime ministers of Poland and Slovakia signed a treaty on a cross-border rail line on Wednesday.
        Freight forwarders said the line could cut journey times for cargo by several hours.
        The treaty was agreed at a round of talks in Prešov on {held}, after negotiators settled the last
        disputed sections.
        """),
    ])
    assert values(analysis, "date_conflict") == expected


@pytest.mark.parametrize("given", [
    "convicted the two managers of manslaughter on June 11",
    "sentenced the two managers to four years in prison on June 11",  # the sentence read with the verdict
])
def test_a_verdict_planned_and_the_conviction_given_days_later_are_one_act(tmp_path, given):
    analysis = analyse(tmp_path, [
        ("Aegean Courier", "2027-05-28", """
        The trial of two shipping managers over the loss of a cargo ship ended in Kavala on Thursday.
        The presiding judge said the court would deliver its verdict on June 9.
        """),
        ("Maritime Safety Weekly", "2027-06-14", f"""
        Port inspectors in Kavala have begun checking the hulls of every ageing cargo ship in the harbour.
        A court in Kavala {given}, two days later than planned.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"June 9", "June 11"}]
    # The conviction at first instance, before the verdict of an appeal was planned, is another act.
    (tmp_path / "appeal").mkdir()
    appeal = analyse(tmp_path / "appeal", [
        ("Aegean Courier", "2027-05-28", """
        The appeal of two shipping managers over the loss of a cargo ship ended in Kavala on Thursday.
        The presiding judge said the appeal court would deliver its verdict on June 9.
        """),
        ("Maritime Safety Weekly", "2027-06-14", """
        Port inspectors in Kavala have begun checking the hulls of every ageing cargo ship in the harbour.
        A court in Kavala had convicted the two managers of manslaughter on May 11 last year.
        """),
    ])
    assert values(appeal, "date_conflict") == []


def test_rounds_numbered_far_apart_in_one_city_are_two_rounds(tmp_path):
    # Every round of a mediation is held in one city: the first round and the fifth are two events, however
    # each report opens with its own; a round numbered one off by another report is still compared.
    analysis = analyse(tmp_path, [
        ("Alpine Labour Wire", "2027-03-05", """
        Union and management at the Graz brewery held a first round of mediated talks in Graz on Thursday.

        The union wants a pay rise of 9% over two years.
        """),
        ("Styria Business Daily", "2027-03-31", """
        The fifth round of mediated talks ended in Graz on Tuesday with a deal on pay.

        The agreement gives brewery workers a rise of 6% over two years.
        """),
    ])
    assert not values(analysis, "date_conflict")
    assert not values(analysis, "ordinal_conflict")


@pytest.mark.parametrize(("sentence", "status"), [
    # the participle describes the round; the verb says it is still to come
    ("The third round of talks, chaired by the mediator Helga Brunnmayr, is set for Tuesday in Linz.", "planned"),
    # "set out" lays results before the reader; the round they are of was held
    ("The final results of Sunday's first round, as published by the ministry in Linz, are set out below.",
     "held"),
])
def test_a_participle_on_the_event_yields_to_its_own_verb(tmp_path, sentence, status):
    analysis = analyse(tmp_path, [("Danube Press", "2027-05-10", sentence)])
    assert {c.qualifiers["status"] for c in event_claims(analysis, "date")} == {status}


def test_the_day_a_when_clause_hangs_on_is_the_day_of_its_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Vineyard Trade Review", "2027-07-08", """
        The chief executive was in the district on June 29, when he met about 60 growers at the Marlow Memorial
        Hall.
        """),
    ])
    assert [(c.value, c.qualifiers["status"]) for c in event_claims(analysis, "date")] == [("June 29", "held")]
    # the day is ahead when the clause it is told in says so, though the event's own verb has no tense
    (tmp_path / "ahead").mkdir()
    analysis = analyse(tmp_path / "ahead", [
        ("Evening News", "2026-03-10", """
        Voters will get a first look at the two candidates side by side on Wednesday, when they meet for a
        televised debate at the Drama Theatre, the organisers said.
        """),
        ("Radio Live", "2026-03-15", """
        The two candidates clashed over the bus contract at Wednesday's debate at the Drama Theatre.
        """),
    ])
    assert not values(analysis, "date_conflict")


def test_the_day_a_deal_was_approved_is_not_the_day_of_the_deal(tmp_path):
    analysis = analyse(tmp_path, [
        ("Wine Trade Review", "2027-06-25", """
        The Foreign Investment Review Board approved Hanazono Beverage Group's takeover of Tamsin Coast Vintners on
        Wednesday, clearing the last regulatory hurdle.
        """),
        ("Bourse Brief", "2027-07-19", """
        Tamsin Coast Vintners leaves the exchange today after Hanazono Beverage Group completed its acquisition of the
        winemaker on Friday.
        """),
    ])
    assert not values(analysis, "date_conflict")
    # a verb that only says the event was done keeps its day
    (tmp_path / "visit").mkdir()
    analysis = analyse(tmp_path / "visit", [
        ("Valley Post", "2027-04-17", "The deputy prime minister made her first visit to the villages on Thursday."),
    ])
    assert [c.value for c in event_claims(analysis, "date")] == ["Thursday"]


def test_a_place_after_an_aside_set_off_by_commas_is_the_event_s(tmp_path):
    # the parser hangs "in Loja from Wednesday" on the aside's last verb; it belongs to "will hold"
    analysis = analyse(tmp_path, [
        ("Andean Wire", "2026-10-05", """
        Peru and Ecuador will hold a third round of talks on sharing the waters of the Catamayo, a small river that
        rises in Ecuador and flows across the border into Peru, in Loja from Wednesday, the foreign ministry said on
        Monday.
        """),
        ("Border Waters Monitor", "2026-10-13", """
        The third round of talks ran from October 7 to October 9 in Machala, after Ecuador moved them from Loja.
        """),
    ])
    [planned] = [c for c in event_claims(analysis, "place") if c.source_id == "00"]
    assert planned.value == "Loja"
    assert any({"Loja", "Machala"} <= v for v in values(analysis, "place_conflict"))


def test_a_storm_told_by_its_name_is_the_storm(tmp_path):
    analysis = analyse(tmp_path, [
        ("Pacific Wire", "2026-02-15", """
        Cyclone Delia struck the north coast of the island late on Saturday, disaster officials said on Sunday.
        """),
        ("Relief Update", "2026-02-18", """
        Tropical Cyclone Delia made landfall on the north coast of the island on the night of February 13,
        bringing winds near 185 km/h.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday", "February 13"}]


def test_an_event_told_with_a_stranded_auxiliary_is_not_ahead(tmp_path):
    # "as she had at the first two rounds": the parser hangs "had" on the phrase, not on "will chair".
    analysis = analyse(tmp_path, [
        ("Gulf Wire", "2027-03-14", """
        The regional envoy, Amira Talhouni, will chair the talks again, as she had at the first two rounds in Sohar in
        March and May.
        """),
    ])
    rounds = [c for c in event_claims(analysis, "date") if c.qualifiers.get("phrase") == "the first two rounds"]
    assert {c.value for c in rounds} == {"March", "May"}
    assert all(c.qualifiers.get("status") != "planned" for c in rounds)


def test_a_vote_count_before_an_ordinal_numbers_no_rounds(tmp_path):
    # "12,408 first-preference votes": the count is of votes, not of rounds numbered from the first, which would
    # give one ordinal per vote and take the run minutes
    analysis = analyse(tmp_path, [
        ("Harbour Times", "2026-06-08", """
        Kertu Lepik led the field on first preferences, 12,408 first-preference votes of the 41,000 cast, and was
        elected on the fifth count on Sunday.
        """),
    ])
    numbers = [c.value for c in event_claims(analysis, "ordinal")]
    assert "fifth" in numbers and numbers.count("first") <= 1


@pytest.mark.parametrize("sentence", [
    # who called the talks is told with a participle, which says nothing of whether they took place
    "The pilots' union is expected at talks with the port operator in Tema on Friday, called by the Labour Minister.",
    # what someone is invited to lies ahead of the invitation
    "The Labour Minister has invited both sides to talks in Tema on Friday, her ministry said.",
])
def test_talks_arranged_or_invited_to_are_still_ahead(tmp_path, sentence):
    analysis = analyse(tmp_path, [("Harbour Wire", "2026-03-03", sentence)])
    dates = event_claims(analysis, "date")
    assert [(c.value, c.qualifiers.get("status"), str(c.norm)) for c in dates] == [("Friday", "planned", "2026-03-06")]


def test_the_year_a_line_enters_service(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-04-10", "The new interconnector would add 400 megawatts between the two grids. It is "
                                     "due to enter service in 2029, the ministry said."),
        ("Energy Monitor", "2027-04-20", "The grid operator's chief expects the interconnector to be commissioned in "
                                         "2030, once the converter station is built."),
    ])
    assert {c.value for c in event_claims(analysis, "date")} >= {"2029", "2030"}
    assert values(analysis, "date_conflict") == [{"2029", "2030"}]


def test_a_visit_later_on_the_day_of_the_report_is_still_ahead(tmp_path):
    analysis = analyse(tmp_path, [
        ("City Live", "2027-03-06", "**13:20** - Health Minister Leila Mansour will visit the injured at the "
                                    "university hospital later on Saturday, her office says."),
        ("Valley Herald", "2027-03-08", "Health Minister Leila Mansour, who visited the injured on Sunday, promised "
                                        "that all treatment would be paid for by the state."),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]


def test_a_line_to_reopen_by_an_evening_is_dated_and_a_tally_by_an_evening_is_not(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Live", "2027-03-06", "The line between the two towns is expected to reopen by Sunday evening. "
                                     "Divers had recovered 17 bodies by Saturday evening."),
        ("Rail Digest", "2027-03-12", "The railway reopened the line on March 8, after relaying the damaged track. "
                                      "Divers had recovered 21 bodies by Tuesday evening."),
    ])
    assert values(analysis, "date_conflict") == [{"Sunday", "March 8"}]


def test_a_day_s_event_told_in_the_present_is_ahead(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lagos Wire", "2027-06-17", "Saturday's vote is the sixth governorship election in the state since 1999."),
        ("Capital Ledger", "2027-06-21", "The governorship vote on Saturday passed off calmly, observers said."),
    ])
    assert {str(c.norm) for c in event_claims(analysis, "date")} == {"2027-06-19"}
    assert values(analysis, "date_conflict") == []


def test_the_day_a_trial_is_adjourned_to_is_not_the_day_of_what_it_is_about(tmp_path):
    # The parser joins "two inspectors" to the trial rather than to the builder; the collapse the two are tried
    # over still took place in May, not on the day the trial resumes.
    analysis = analyse(tmp_path, [
        ("Vistula Wire", "2027-03-02", """
        A court in Tarnow on Monday adjourned until March 9 the trial of a building contractor and two former
        inspectors over the collapse of a footbridge in Brzesko that injured 11 people in May.
        """),
        ("Malopolska Courier", "2027-03-04", """
        The footbridge over the Uszwica river in Brzesko collapsed in May last year, injuring 11 people.
        """),
    ])
    collapse_days = {c.value for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "collapse"}
    assert "March 9" not in collapse_days
    assert values(analysis, "date_conflict") == []


def test_the_ceremony_after_another_kind_of_event_is_the_last_ceremony_told(tmp_path):
    # "The ceremony" comes after the by-election the new member won is told: it names the swearing-in, the last
    # ceremony told, and the swearing-in a week after the plan's day is the plan's.
    analysis = analyse(tmp_path, [
        ("Kalahari Star", "2027-06-11", """
        The winner of the Tlokweng by-election, Kagiso Molefe, will be sworn in next Tuesday in Gaborone, the
        National Assembly said.
        """),
        ("Radio Francistown", "2027-06-19", """
        Kagiso Molefe took the oath of office on Wednesday. He had won the Tlokweng by-election in May.

        A bus of supporters left Tlokweng before dawn to witness the ceremony in Gaborone.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"next Tuesday", "Wednesday"}]


def test_a_moved_game_said_to_be_played_on_a_new_day_and_named_again_by_its_round(tmp_path):
    # "has been moved to X and will be played on Sunday": the new day is the moved game's; the next sentence
    # names the same game by its round, with another noun of the same head.
    analysis = analyse(tmp_path, [
        ("Arctic Football Daily", "2027-04-20", """
        Kristiansund Polar will host Molde Athletic in the 12th round of the league in Sandefjord on Saturday.
        """),
        ("Nordic Sports Wire", "2027-04-23", """
        Kristiansund Polar's home game against Molde Athletic has been moved to Sarpsborg and will be played
        on Sunday, a day later than planned, after frost damaged the pitch, the league said on Friday.

        The 12th-round game was switched after an inspection on Thursday found the surface unsafe.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and {"Saturday", "Sunday"} <= dates[0]  # "on Sunday, a day later than planned": the day
    places = values(analysis, "place_conflict")
    assert len(places) == 1 and {"Sandefjord", "Sarpsborg"} <= places[0]


def test_the_day_of_a_run_off_ahead_is_not_the_day_of_the_first_round_won(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeland Wire", "2027-02-10", """
        Former senator Lissane Orrin won the first round of the presidential election with 41% of the vote and
        will face Tomas Kelso in a run-off on March 2, according to preliminary results.
        """),
        ("Valley Herald", "2027-02-12", """
        The second round between Lissane Orrin and Tomas Kelso will be held on March 9, the electoral council said.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == []
    assert values(analysis, "date_conflict") == [{"March 2", "March 9"}]


def test_the_second_round_a_candidate_would_fight_is_not_the_first_round_another_report_recalls(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeland Wire", "2027-02-08", """
        Deputy Mayor Iveta Lupescu came first in an early mayoral election in Marstadt on Sunday but fell short of
        a majority, the election commission said.

        Lupescu won 34.6 percent. Edvin Laske took 24.1 percent.

        Turnout was 36.8 percent.

        Lupescu has run the city since January. Electors will vote again on February 22.

        She said she would seek the support of voters of the smaller lists in the second round.
        """),
        ("Plains Observer", "2027-02-18", """
        The administrative court on Thursday rejected Edvin Laske's complaint over the count in Marstadt.

        The court said the commission had applied the rules correctly in the election.

        Laske said he would spend the last week of the campaign in the villages, where he finished well behind
        Lupescu in the first round.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == []


@pytest.mark.parametrize(("first", "second", "kind", "sides"), [
    ("Laske was sentenced last August to six years for taking bribes from bus operators.",
     "The appeal court heard that Laske was convicted in September 2026.", "date_conflict",
     {"last August", "September 2026"}),
    ("Laske was convicted by the district court in Viljandi of taking bribes from bus operators.",
     "Laske had been sentenced at first instance by the district court in Haapsalu.", "place_conflict",
     {"Viljandi", "Haapsalu"}),
])
def test_a_conviction_each_report_recalls_once_is_one_act_told_by_its_month_or_its_court(tmp_path, first, second,
                                                                                          kind, sides):
    # Reports of an appeal recall the first-instance conviction by its month alone, or by the court that gave it
    # without its day. Each tells one conviction, so it is the same one.
    analysis = analyse(tmp_path, [
        ("Tundra Wire", "2027-06-09", f"""
        An appeal court on Tuesday upheld the prison term of Edvin Laske, the former head of the school transport
        agency. {first}
        """),
        ("Civic Review", "2027-06-11", f"""
        The appeal court confirmed the prison term of Edvin Laske on Tuesday. {second}
        """),
    ])
    assert sides in values(analysis, kind)


def test_shareholders_approving_a_sale_is_their_meeting_however_the_meeting_is_called(tmp_path):
    analysis = analyse(tmp_path, [
        ("Tundra Wire", "2027-05-06", """
        Kelvo Pharma's extraordinary shareholders' meeting will vote on the sale on June 2 in Viljandi.
        """),
        ("Civic Review", "2027-06-10", """
        Shareholders of Kelvo Pharma approved the sale of a controlling stake in the company on Tuesday.
        """),
    ])
    assert {"June 2", "Tuesday"} in values(analysis, "date_conflict")


@pytest.mark.parametrize("told", [
    "The government said that Friday would be a day of national mourning for the 30 miners.",
    "Flags will fly at half-mast on Friday, which the president has declared a day of national mourning.",
])
def test_a_day_of_mourning_ahead_is_the_day_said_to_be_one(tmp_path, told):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-05-19", told),  # a Wednesday: the Friday ahead is May 21
        ("Valley Post", "2027-05-22", """
        Schools in the mining towns stayed closed on Thursday's day of national mourning for the miners.
        """),
    ])
    assert {str(c.norm) for c in event_claims(analysis, "date") if c.source_id == "00"} == {"2027-05-21"}
    assert values(analysis, "date_conflict") == [{"Friday", "Thursday"}]


def test_the_day_by_which_a_toll_had_risen_is_not_the_day_of_the_disaster(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-05-21", """
        By Friday evening the landslide that buried the village in the small hours of Wednesday had claimed twelve
        lives.
        """),
        ("Valley Post", "2027-05-20", """
        The landslide struck the village before dawn on Wednesday, killing twelve people.
        """),
    ])
    assert values(analysis, "date_conflict") == []
    assert {c.value for c in event_claims(analysis, "date")} == {"Wednesday"}


def test_a_discrepancy_two_events_of_one_sentence_share_is_flagged_once(tmp_path):
    # "filed notice of appeal" tells a filing and an appeal; "a trial that opened" a trial and its opening
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-04-10", """
        The defence filed notice of appeal with the Court of Appeal on Wednesday. Halvard Quenby was convicted after
        a trial that opened on February 3.
        """),
        ("Valley Post", "2027-04-10", """
        The defence filed notice of appeal on Tuesday afternoon. The trial of Halvard Quenby opened on January 20.
        """),
    ])
    assert sorted(sorted(v) for v in values(analysis, "date_conflict")) == [["February 3", "January 20"],
                                                                          ["Tuesday", "Wednesday"]]


def test_a_loan_signed_is_not_the_signing_of_the_deal_it_pays_for(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-02-10", """
        Brenmoor Foods and Korvel Trading signed their joint venture agreement in Drammen on Monday.
        """),
        ("Valley Post", "2027-04-07", """
        The joint venture of Brenmoor Foods and Korvel Trading signed a $30 million loan with a regional bank on
        Monday to help pay for its plant.
        """),
    ])
    assert values(analysis, "date_conflict") == []


def test_one_verdict_told_by_a_sentencing_and_by_a_conviction_a_day_apart_is_flagged(tmp_path):
    analysis = analyse(tmp_path, [
        ("Baltic Court Wire", "2027-10-13", """
        A court in Marstadt on Tuesday sentenced former port official Edvin Laske to five years in prison for taking
        bribes from a shipping agent.
        """),
        ("Hanse Press Agency", "2027-10-21", """
        An appeals court will hear on January 20 the appeal of a former port official convicted last week of taking
        bribes, court officials said on Thursday.

        Edvin Laske, who worked at the port of Marstadt, was convicted on October 13 of taking bribes and sentenced
        to five years in prison.
        """),
    ])
    assert {"Tuesday", "October 13"} in values(analysis, "date_conflict")


def test_a_verdict_expected_beside_other_hearings_is_the_sentencing_a_later_report_tells(tmp_path):
    # the older report tells two court acts ahead (the trial resuming and the verdict), so neither is its only plan;
    # the verdict is still the one a later report tells as given, a day after the day expected
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-06-04", """
        The trial of Edvin Laske, the former director of Arvel Logistics, was adjourned on Thursday after six days
        of hearings. It will resume on June 15 in Marstadt, and a verdict is expected on June 23.
        """),
        ("Valley Post", "2027-06-26", """
        The Marstadt district court on Thursday sentenced Edvin Laske, the former director of Arvel Logistics, to
        nine years in prison for fraud. For families in Orvel ward, where the company's depot stood, the verdict
        brought little comfort.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"June 23", "Thursday"}]
    # the ward locates the families, not the verdict
    assert "Orvel" not in {c.value for c in event_claims(analysis, "place") if c.qualifiers["event_class"] == "court"}


def test_a_regulator_that_approved_or_cleared_a_deal_is_one_approval_whose_day_is_compared(tmp_path):
    analysis = analyse(tmp_path, [
        ("Nordic Wire", "2027-06-17", """
        The Valdorian Competition Authority on Wednesday approved Arvel Mining's purchase of a 75% stake in Kelvo
        Data, on condition that Kelvo Data keeps its prices for local customers.
        """),
        ("Data Centre Review", "2027-06-21", """
        The Valdorian Competition Authority cleared the deal on Tuesday, attaching conditions on prices.
        Shareholders of Kelvo Data approved the sale at an extraordinary general meeting in Marstadt on Thursday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Wednesday", "Tuesday"}]
    approvals = [c for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "approval"]
    assert sorted(c.value for c in approvals) == ["Tuesday", "Wednesday"]  # not the shareholders' vote


def test_debates_planned_on_two_days_are_two_debates(tmp_path):
    analysis = analyse(tmp_path, [
        ("Plains Observer", "2027-06-20", "The two finalists will meet in debates on June 22 and June 25, the "
                                          "broadcaster said."),
        ("Civic Review", "2027-07-13", "Lepik was judged to have won the debate on June 25."),
    ])
    assert sorted(c.value for c in event_claims(analysis, "date") if c.qualifiers["trigger"] == "debate") == [
        "June 22", "June 25", "June 25"]
    assert values(analysis, "date_conflict") == []


def test_two_companies_shareholders_meetings_are_two_meetings(tmp_path):
    analysis = analyse(tmp_path, [
        ("Markets Wire", "2027-03-23", "Arvel Commercial Bank's extraordinary general meeting will be held on April "
                                       "18 in Viljandi, the bank said."),
        ("Capital Daily", "2027-04-26", "Shareholders of Kelvo Savings Bank approved the merger into Arvel "
                                        "Commercial Bank at an extraordinary general meeting in Tartu on Sunday."),
    ])
    owners = {c.value: c.qualifiers["owner"] for c in event_claims(analysis, "place")
              if "meeting" in c.qualifiers["trigger"]}
    assert owners == {"Viljandi": "arvel commercial bank", "Tartu": "kelvo savings bank"}
    assert values(analysis, "date_conflict") == values(analysis, "place_conflict") == []


def test_two_companies_shareholders_votes_told_without_the_meeting_are_two_meetings(tmp_path):
    analysis = analyse(tmp_path, [
        ("Markets Wire", "2027-03-23", "Arvel Commercial Bank's shareholders approved the merger at an extraordinary "
                                       "general assembly in Viljandi on March 4."),
        ("Capital Daily", "2027-04-26", "Shareholders of Kelvo Savings Bank on Thursday approved the merger into Arvel "
                                        "Commercial Bank."),
    ])
    owners = {c.value: c.qualifiers["owner"] for c in event_claims(analysis, "date")
              if "meeting" in c.qualifiers["trigger"]}
    assert owners == {"March 4": "arvel commercial bank", "Thursday": "kelvo savings bank"}
    assert values(analysis, "date_conflict") == []


def test_shareholders_the_parser_hangs_on_their_bank_are_still_the_voters_not_a_regulator(tmp_path):
    # "Shareholders of Kelvo Son Bank approved ...": the parser makes "Bank" the subject, with "Shareholders" before it
    analysis = analyse(tmp_path, [
        ("Delta Wire", "2027-06-30", "Regulators approved Arvel Bank's takeover of Kelvo Son Bank on Monday."),
        ("Capital Daily", "2027-06-29", "Shareholders of Kelvo Son Bank approved the takeover by Arvel Bank on "
                                        "Sunday at a meeting in Marstadt."),
    ])
    assert values(analysis, "date_conflict") == []
    approvals = [c for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "approval"]
    assert [c.value for c in approvals] == ["Monday"]


def test_an_event_is_dated_by_the_day_its_report_names_not_by_a_vaguer_phrase_told_first(tmp_path):
    # "last week" in the opening would agree with any day of that week; the day named further down is the one
    # compared
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-05-19", """
        A landslide last week buried six houses in Marstadt, officials said. The landslide struck before dawn on
        Wednesday, May 12, after two days of rain.
        """),
        ("Ridge Post", "2027-05-20", """
        The landslide on May 14 buried six houses in Marstadt.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Wednesday, May 12", "May 14"}]


def test_a_final_pushed_back_by_a_day_is_moved_to_the_day_named_after(tmp_path):
    analysis = analyse(tmp_path, [
        ("Kelvo Sports Wire", "2034-02-23", "The league final will be played on Saturday at the Kelvo Arena."),
        ("Orvel Ledger", "2034-02-24", """
        The league final has been pushed back by a day to Sunday, after the police asked for more time.
        """),
    ])
    dates = event_claims(analysis, "date")
    assert {c.value: str(c.norm) for c in dates} == {"Saturday": "2034-02-25", "Sunday": "2034-02-26"}
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]


def test_a_final_that_will_be_remembered_has_been_played(tmp_path):
    # told after the day: "Sunday" is the Sunday just gone, not the next one
    analysis = analyse(tmp_path, [
        ("Kelvo Sports Wire", "2034-02-26", "The Kelvo Hawks won the league final on Sunday at the Kelvo Arena."),
        ("Orvel Ledger", "2034-02-27", """
        Sunday's final at the Kelvo Arena will be remembered for its last four minutes.
        """),
    ])
    assert {str(c.norm) for c in event_claims(analysis, "date")} == {"2034-02-26"}
    assert values(analysis, "date_conflict") == []


def test_a_relative_clause_that_agrees_to_hold_the_next_round_places_and_dates_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Kelvo Chronicle", "2033-03-16", """
        Water-sharing will have to wait for the next round, which the two delegations agreed to hold in Kelvo on
        April 26.
        """),
        ("Orvel News Agency", "2033-03-17", "The next round of the talks will be held in Marstadt on May 10."),
    ])
    assert values(analysis, "place_conflict") == [{"Kelvo", "Marstadt"}]
    assert values(analysis, "date_conflict") == [{"April 26", "May 10"}]


def test_an_act_told_as_done_is_not_the_one_a_later_report_says_is_to_come(tmp_path):
    analysis = analyse(tmp_path, [
        ("Kelvo Chronicle", "2033-04-02", """
        The negotiations build on a memorandum on shared rivers that the two countries signed in Orvel in 2009,
        which created a technical committee.
        """),
        ("Orvel Water Review", "2033-04-20", """
        The two countries will sign their accord on flood warning and water supply in Kurunegala in July, officials
        told the review.
        """),
    ])
    assert values(analysis, "place_conflict") == []


def test_a_debate_agreed_to_then_put_back_then_held_elsewhere(tmp_path):
    analysis = analyse(tmp_path, [
        # "to be held" after the debate, which the parser hangs on "agreed"
        ("Baltic Election Wire", "2027-04-20", "Both campaigns have agreed to a televised debate, to be held on April "
                                               "30 in Viljandi, the election commission said."),
        # "first planned for" is the old plan, not the debate's day
        ("Viljandi Courier", "2027-04-26", "The televised debate, first planned for April 30, will now take place on "
                                           "May 7, the organisers said."),
        # the day before a "when" clause that tells the debate
        ("Orvel Observer", "2027-05-11", "The campaign's most closely watched moment came last Friday, when the two "
                                           "candidates met in a live televised debate in Tartu."),
    ])
    assert any({"April 30", "May 7"} <= sides for sides in values(analysis, "date_conflict"))
    assert {"Viljandi", "Tartu"} in values(analysis, "place_conflict")
    assert "last Friday" in {c.value for c in event_claims(analysis, "date") if c.source_id.startswith("02")}


def test_an_act_done_at_a_meeting_gives_the_meeting_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Baltic Business Wire", "2027-03-20", "Shareholders of Orvel Fisheries will vote on the sale at an "
                                               "extraordinary general meeting in Rakvere on April 9."),
        ("Rakvere Courier", "2027-04-17", "Shareholders of Orvel Fisheries approved the sale at an extraordinary "
                                          "general meeting in Rakvere on Thursday, with 97 percent of votes in favour."),
    ])
    held = [c for c in event_claims(analysis, "date") if c.source_id.startswith("01")]
    assert [(c.value, c.qualifiers["trigger"], c.qualifiers["status"]) for c in held] == [
        ("Thursday", "general meeting", "held")]
    assert {"April 9", "Thursday"} in values(analysis, "date_conflict")


def test_the_talk_of_a_town_is_no_round_of_talks(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lake Herald", "2027-10-20", "In Haapsalu the talk this autumn is about the accord."),
        ("Baltic Wire", "2027-10-21", "The third round of talks was held in Tartu on Tuesday."),
    ])
    assert not [c for c in analysis.claims if c.kind == "event" and c.qualifiers.get("trigger") == "talk"]
    assert values(analysis, "place_conflict") == []


@pytest.mark.parametrize("later", [
    "The transaction is now expected to close in the fourth quarter, the filing said.",
    "Completion is now expected in the fourth quarter, the company said.",
    "The companies now expect to complete the transaction in the fourth quarter.",
])
def test_the_completion_of_a_deal_told_by_a_verb_or_a_noun_is_one_event(tmp_path, later):
    analysis = analyse(tmp_path, [
        ("Markets Wire", "2027-04-07", "Kelvo Shipping agreed to buy a 40% stake in the Orvel terminal. The "
                                       "transaction is expected to complete in the third quarter."),
        ("Trade Weekly", "2027-06-03", later),
    ])
    assert {"the third quarter", "the fourth quarter"} in values(analysis, "date_conflict")


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("The bus was lifted out of the river on Wednesday, the fourth day of the search, by an army crane.",
     "The bus was hauled from the river on Wednesday, the third day of the search, with bodies inside.",
     {"fourth", "third"}),
    # the days of hearings are the trial's days
    ("The judge adjourned the case at the end of the trial's third day, after the investor gave evidence.",
     "The investor had told the court on the second day of the hearings that he came to build.",
     {"third", "second"}),
    # a recount lasts days too
    ("Shouting broke out at the county hall in Kelvo on Friday, the second day of the recount, observers said.",
     "Kelvo's count crawled on Friday, the third day of the recount, as agents challenged ballot after ballot.",
     {"second", "third"}),
])
def test_a_day_numbered_within_a_search_or_a_trial(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Valley Wire", "2027-06-04", first), ("Coast Ledger", "2027-06-05", second)])
    assert expected in values(analysis, "ordinal_conflict")


def test_days_of_two_different_searches_are_not_compared(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-06-04", "On Wednesday, the fourth day of the search, rescuers found the bus."),
        ("Coast Ledger", "2027-06-05", "The fishermen went to sea on Wednesday, the third day of the strike."),
    ])
    # each day is read, as a day of its own event, and the two are not compared
    days = {c.qualifiers["event_class"] for c in event_claims(analysis, "ordinal")}
    assert days == {"day of search", "day of strike"}
    assert values(analysis, "ordinal_conflict") == []


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Navy divers opened a third phase of the search off Kelvo on Wednesday with a salvage crane.",
     "Coastguard crews moved into a second phase of their search operation off Kelvo on Wednesday.",
     {"third", "second"}),
    # the phase of a project, begun with its ground-breaking
    ("Orvel Oils will lay a foundation stone on Saturday for the second phase of its Kelvo refinery project.",
     "Orvel Oils laid a foundation stone on Saturday for the third phase of the Kelvo refinery project.",
     {"second", "third"}),
])
def test_a_numbered_phase_of_a_search_or_a_project_is_compared_by_its_number(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Valley Wire", "2027-06-04", first), ("Coast Ledger", "2027-06-07", second)])
    assert expected in values(analysis, "ordinal_conflict")


def test_a_service_that_begins_and_one_that_starts_are_one_start(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-04-15", "The new Kelvo-Orvel ferry service is to begin on June 1, port officials "
                                      "told us."),
        ("Coast Ledger", "2027-04-17", "The Kelvo-Orvel ferry service will start on July 1 under the plan, the "
                                       "transport office confirmed."),
    ])
    assert values(analysis, "date_conflict") == [{"June 1", "July 1"}]


def test_the_day_a_recount_was_ordered_is_not_the_day_of_the_recount(tmp_path):
    analysis = analyse(tmp_path, [
        ("Tartu Courier", "2027-05-21", "The recount was ordered on Wednesday by the regional court in Tartu, which "
                                           "partly upheld the complaint."),
        ("Capital Ledger", "2027-05-24", "The recount, carried out on Friday at the regional court in Tartu, covered "
                                         "eight towns."),
    ])
    assert values(analysis, "date_conflict") == []
    assert {c.value for c in event_claims(analysis, "date")
            if c.qualifiers.get("trigger") == "recount"} == {"Friday"}


def test_a_two_word_town_the_gazetteer_lacks_differs_from_a_city_another_report_names(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley News", "2027-03-09", "The two presidents will sign the border accord in Puerto Kelvo on April 24."),
        ("City Radio", "2027-04-25", "The two presidents signed the border accord in Tartu on Friday."),
    ])
    assert values(analysis, "place_conflict") == [{"Puerto Kelvo", "Tartu"}]
    # A part of a land, or a building, is not another town.
    from reconcile.models import Claim
    from reconcile.normalize.places import gazetteer
    from reconcile.slots import place_relation

    def claim(value: str) -> Claim:
        known = gazetteer().lookup(value)
        return Claim(source_id=value, kind="event", subject="signing", attribute="place", value=value, start=0,
                     end=len(value), sentence=value, sentence_start=0, value_type="place",
                     norm=known.key if known else f"name:{value.lower()}")

    assert place_relation(claim("Puerto Kelvo"), claim("Tartu")) == "different"
    assert place_relation(claim("West Kelvo"), claim("Tartu")) != "different"
    assert place_relation(claim("Kelvo Jail"), claim("Tartu")) != "different"


def test_an_arrest_at_an_airport_and_in_a_small_town_are_two_places(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley News", "2027-03-09", "Edvin Laske was arrested at Orvel International Airport in March 2026, "
                                      "prosecutors said."),
        ("City Radio", "2027-03-12", "Edvin Laske was arrested at his home in Haapsalu in March 2026."),
    ])
    assert values(analysis, "place_conflict") == [{"Orvel International Airport", "Haapsalu"}]
    # a city big enough to have the airport may be where it is
    (tmp_path / "city").mkdir()
    analysis = analyse(tmp_path / "city", [
        ("Valley News", "2027-03-09", "Edvin Laske was arrested at Orvel International Airport in March 2026, "
                                      "prosecutors said."),
        ("City Radio", "2027-03-12", "Edvin Laske was arrested in Graz in March 2026."),
    ])
    assert values(analysis, "place_conflict") == []


def test_the_last_round_of_a_series_numbered_otherwise_is_one_round_held_over_the_days_told(tmp_path):
    # "April 14 and 15", which the tagger cuts after the first day, is the two days the round lasted
    analysis = analyse(tmp_path, [
        ("Valley News", "2026-04-16", "Negotiators wrapped up the fourth and final round of talks on Wednesday at the "
                                      "Palacio Kelvo, the seat of the foreign ministry, after two days of work. The "
                                      "third round was held in Orvel in March."),
        ("City Radio", "2026-04-29", "The foreign ministers met in Arvel on Monday to review the treaty. The text "
                                     "was finished at the fifth and final round of technical talks, held "
                                     "at the Palacio Kelvo on April 14 and 15 under the two vice-ministers. The "
                                     "fourth round was held in Orvel in March."),
    ])
    assert {"fourth", "fifth"} in values(analysis, "ordinal_conflict")
    assert "April 14 and 15" in {c.value for c in event_claims(analysis, "date")}
    assert values(analysis, "date_conflict") == []


def test_the_declaration_of_the_winner_is_an_event_even_where_the_tagger_reads_its_verb_as_a_participle(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley News", "2027-08-22", "Edvin Laske won the by-election and was declared the winner on Friday, the "
                                      "electoral commission said."),
        ("City Radio", "2027-08-20", "Edvin Laske won the by-election and was declared the winner on August 13."),
    ])
    assert {c.qualifiers["trigger"] for c in event_claims(analysis, "date")} == {"declaration"}
    assert {"Friday", "August 13"} in values(analysis, "date_conflict")
    # "The commission on Wednesday certified Tsend as the winner": "certified" tagged as a participle
    (tmp_path / "certified").mkdir()
    analysis = analyse(tmp_path / "certified", [
        ("Valley News", "2027-08-20", "The commission on Wednesday certified Tsend as the winner."),
    ])
    assert [(c.value, c.qualifiers["status"]) for c in event_claims(analysis, "date")] == [("Wednesday", "held")]


def test_a_road_reopened_is_its_reopening(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley News", "2027-08-11", "The highway reopened to one-way traffic on Sunday, five days after the "
                                      "landslide."),
        ("City Radio", "2027-08-12", "The highway reopened to traffic on Monday, officials said."),
    ])
    assert {c.qualifiers["trigger"] for c in event_claims(analysis, "date")} == {"reopening"}
    # "on Sunday, five days after": the day, not the day run into the length of time after it
    assert values(analysis, "date_conflict") == [{"Sunday", "Monday"}]


def test_a_day_at_the_end_of_a_reported_clause_is_its_event_s_not_the_saying_s(tmp_path):
    # "... will now be held in X, in the north-east, on July 9, the ministry said on Monday": the parser hangs the
    # day written before the speaker on the verb of saying.
    analysis = analyse(tmp_path, [
        ("Border Press Service", "2027-06-10", """
        The fifth session of the fisheries commission is to be held in Tartu on July 2.
        """),
        ("Lakeside Gazette", "2027-06-18", """
        The fifth session of the fisheries commission on catch quotas will now be held in Narva, in north-eastern
        Estonia, on July 9, the commission's staff said on Monday.
        """),
    ])
    assert {"July 2", "July 9"} in values(analysis, "date_conflict")


def test_the_day_of_a_plea_is_the_day_the_trial_opened_as_it_was_made(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island News Agency", "2027-10-05", """
        The former head of the water company pleaded not guilty on Monday to fraud over the repair of a pumping
        station, as his trial opened at the district court in Narva.
        """),
        ("Upland Sentinel Post", "2027-10-10", """
        The trial, which opened in Narva on Tuesday, concerns the repair of the pumping station.
        """),
        ("Harbour Weekly", "2027-10-11", """
        The commission said on Wednesday that the next session would be held in Narva as planned.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_shareholders_written_after_a_dateline_vote_at_their_general_meeting(tmp_path):
    # After a dateline the tagger reads "Shareholders" as a name and leaves its plural as it is.
    analysis = analyse(tmp_path, [
        ("Harbour Markets Daily", "2027-03-11", """
        The merger needs the backing of Arvel Ports shareholders at an extraordinary general meeting expected on
        April 22.
        """),
        ("Quayside Ledger", "2027-04-24", """
        TARTU, April 24 (QL) - Shareholders of Finnish port operator Arvel Ports Oyj on Friday approved the
        company's merger with Kelvo Logistics, the firm said.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"April 22", "Friday"}]


def test_a_deal_approved_and_cleared_is_cleared_on_the_day_given(tmp_path):
    # "cleared" is joined to "approved", whose passive subject is the deal: it clears the deal too.
    analysis = analyse(tmp_path, [
        ("Quayside Ledger", "2027-04-25", """
        The regulator cleared the takeover on April 9, the buyer said.
        """),
        ("Dockside Monitor", "2027-05-08", """
        The takeover was approved by most of the shareholders at their meeting and cleared by the regulator on
        April 16.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"April 9", "April 16"}]


def test_a_search_called_off_is_the_search_stopped(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Tribune", "2027-09-15", """
        Divers in Kelvavik ended their search of the sunken trawler on Monday night, after finding the last of the
        crew.
        """),
        ("Fjord Courier", "2027-09-16", """
        The coastguard called off the search on Tuesday morning, when its commander said no one else was missing.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday night", "Tuesday"}]


def test_an_event_that_moves_something_else_is_not_moved_itself(tmp_path):
    # "shifted one seat": the recount is held where and when the reports say, not put off to another day.
    analysis = analyse(tmp_path, [
        ("Orvel Ballot Desk", "2027-10-10", """
        The recount of the Kelvo boxes, held in Tartu on October 8, shifted one seat to the greens.
        """),
        ("Marstadt Courier", "2027-10-12", """
        The recount of the Kelvo boxes took place in Narva on October 7.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Tartu", "Narva"}]
    assert values(analysis, "date_conflict") == [{"October 8", "October 7"}]
    held = [c for c in event_claims(analysis, "status") if c.source_id.startswith("00")]
    assert held and all(c.norm == "held" for c in held)


def test_a_plan_for_the_day_the_report_came_out_keeps_its_day(tmp_path):
    # 2027-07-10 is a Saturday: "on Saturday" in that morning's report is that day, still ahead.
    analysis = analyse(tmp_path, [
        ("Hill Post", "2027-07-10T06:00:00+02:00", """
        Interior Minister Kertu Lepik is expected to tour the flooded district on Saturday.
        """),
        ("Arvel Daily", "2027-07-12", """
        Interior Minister Kertu Lepik toured the flooded district on Sunday with rescuers.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]


def test_the_day_a_plan_was_announced_on_is_not_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Post", "2027-07-10", """
        Kelvo Foods said on Saturday it will close the plant in Tartu.
        """),
    ])
    assert not [c for c in event_claims(analysis, "date") if c.value == "Saturday"]


def test_a_day_moved_past_its_first_date_takes_the_new_one(tmp_path):
    # The parser hangs "to Wednesday" on the clause of the first plan; the new day is still the move's.
    analysis = analyse(tmp_path, [
        ("Island Courier", "2027-02-18", """
        The cabinet has moved the national day of mourning for the flood's dead, first set for Tuesday, to
        Thursday, February 25.
        """),
    ])
    assert [" ".join(c.value.split()) for c in event_claims(analysis, "date")] == ["Thursday, February 25"]


def test_the_place_told_after_the_new_day_of_a_moved_event_is_its_new_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Cup Wire", "2027-04-20", "The federation moved the final, originally scheduled for May 3 in Tartu, "
                                   "to May 10 in Narva."),
    ])
    assert [c.value for c in event_claims(analysis, "place")] == ["Narva"]
    assert [c.value for c in event_claims(analysis, "date")] == ["May 10"]


def test_a_ground_called_by_part_of_its_name_is_the_same_ground():
    from reconcile.models import Claim
    from reconcile.slots import place_relation

    def place(value: str) -> Claim:
        return Claim(source_id="s", kind="event", subject="the second leg", attribute="place", value=value, start=0,
                     end=len(value), sentence=value, sentence_start=0, value_type="place", norm=value.lower())

    assert place_relation(place("Estadio Kelvo del Sur"), place("Kelvo")) == "same"
    assert place_relation(place("Orvel"), place("Estadio Kelvo del Sur")) == "different"
    # the game a ground is for, and courts or a complex, are words of a ground's name
    assert place_relation(place("Kelvo Rock"), place("Kelvo Rock Netball Courts")) in ("same", "more_specific")
    assert place_relation(place("the Orvel Sports Complex"), place("Orvel")) in ("same", "more_specific")
    assert place_relation(place("Kelvo Rock Netball Courts"), place("the Orvel Sports Complex")) == "different"
    # a ground, and the same ground with the village the gazetteer lacks that it stands in
    in_village = place("Arvelby")
    in_village.qualifiers["venue"] = "Kelvo Park"
    assert place_relation(place("Kelvo Park"), in_village) == "more_specific"
    assert place_relation(place("Orvel Park"), in_village) == "different"


@pytest.mark.parametrize("second", [
    "At closing arguments on October 7, the state sought an eleven-year term for Edvin Laske.",
    "The defence and the state made their final submissions to the judge on October 7.",
])
def test_closing_arguments_are_a_sitting_of_the_trial_with_a_day(tmp_path, second):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-10-01", "Closing arguments in the trial of Edvin Laske are set for Tuesday, October 5, "
                                     "the court said."),
        ("Orvel Ledger", "2027-10-08", second),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday, October 5", "October 7"}]


def test_a_judgment_reserved_until_a_day_is_due_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-07", "The defence finished its closing arguments on Tuesday, and the judge reserved "
                                     "judgment until May 14."),
        ("Orvel Ledger", "2027-05-22", "The court in Tartu delivered its judgment on May 21, convicting Edvin Laske."),
    ])
    reserved = [c for c in event_claims(analysis, "date") if c.source_id.startswith("00") and c.value == "May 14"]
    assert [c.qualifiers.get("status") for c in reserved] == ["planned"]
    assert {"May 14", "May 21"} in values(analysis, "date_conflict")


def test_a_clause_hung_on_the_parties_to_talks_tells_the_round(tmp_path):
    analysis = analyse(tmp_path, [
        ("Border Wire", "2027-06-12", "The talks' fifth round opened in Narva on June 8."),
        ("Capital Tribune", "2027-06-14", "The deal grew out of a fifth round of talks between the neighbours, "
                                          "which opened in Tartu on June 8."),
    ])
    assert values(analysis, "place_conflict") == [{"Narva", "Tartu"}]
    rounds = {c.value for c in event_claims(analysis, "place") if c.source_id.startswith("01") and "round" in c.subject}
    assert rounds == {"Tartu"}


def test_putting_pen_to_paper_is_signing(tmp_path):
    analysis = analyse(tmp_path, [
        ("Border Wire", "2027-06-12", "The two ministers are to put pen to paper on July 3 in Narva."),
        ("Capital Tribune", "2027-07-06", "The two ministers finally signed the pact in Narva on July 5."),
    ])
    assert values(analysis, "date_conflict") == [{"July 3", "July 5"}]


def test_putting_one_s_signature_to_a_document_is_signing_it_on_the_day_told_after_the_document(tmp_path):
    # "set their names to a treaty fixing the quotas on Monday": the day hangs on what the treaty does.
    analysis = analyse(tmp_path, [
        ("Border Wire", "2027-06-16", "The two ministers set their names to a treaty fixing the fishing quotas "
                                      "on Monday in Narva."),
        ("Capital Tribune", "2027-06-17", "The two ministers signed the fishing treaty in Narva on Tuesday."),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


@pytest.mark.parametrize("told, flagged", [
    # The report itself says the plan was moved: its day is no longer the event's.
    ("The trial of Edvin Laske, which was due to open on Monday, was put back after his lawyer fell ill.", False),
    # A day the event was held, told in the same shape, is still its day.
    ("The trial of Edvin Laske, which opened on Monday, was adjourned after his lawyer fell ill.", True),
])
def test_a_plan_a_report_says_was_moved_keeps_no_day(tmp_path, told, flagged):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-12", told),
        ("Harju Ledger", "2027-03-19", "The trial of Edvin Laske opened in Paide on Wednesday, March 17."),
    ])
    assert bool(values(analysis, "date_conflict")) is flagged


def test_a_day_written_with_its_year_keeps_the_year(tmp_path):
    # "on May 14, 2025" in a report of 2026: the day of 2025, not May 14 of the report's year.
    analysis = analyse(tmp_path, [
        ("Orvel Ledger", "2026-06-09", "Edvin Laske was detained on May 14, 2025, after an audit of the accounts."),
    ])
    dates = [(c.value, str(c.norm)) for c in event_claims(analysis, "date")]
    assert dates == [("May 14, 2025", "2025-05-14")]


def test_a_weekday_told_in_the_present_is_the_coming_one(tmp_path):
    # Published on Wednesday 2027-03-10: "opens on Friday" is March 12, not the Friday before.
    analysis = analyse(tmp_path, [
        ("Orvel Wire", "2027-03-10", "The festival opens on Friday evening with a torchlight parade at Tartu, where "
                                     "bands march through the old town."),
    ])
    days = {c.subject: str(c.norm) for c in event_claims(analysis, "date")}
    assert days.get("a torchlight parade") == "2027-03-12"


def test_a_ground_named_in_a_language_that_writes_stadium_first_is_no_other_town():
    from reconcile.models import Claim
    from reconcile.normalize.places import gazetteer
    from reconcile.slots import place_relation

    def claim(value: str, norm: str) -> Claim:
        return Claim(source_id=value, kind="event", subject="the first leg", attribute="place", value=value, start=0,
                     end=len(value), sentence=value, sentence_start=0, value_type="place", norm=norm)

    town = claim("Tartu", gazetteer().lookup("Tartu").key)
    for ground in ("Stade Orvel", "Estadio Orvel", "Stadion Orvel"):
        assert place_relation(town, claim(ground, f"name:{ground.lower()}")) == "unknown"
    assert place_relation(town, claim("Porto Orvel", "name:porto orvel")) == "different"  # a town's name


# Several reports of one story, and the flags of each kind they must give.
SEVERAL_REPORTS = [
    pytest.param(  # the dateline's capitals, read as a person's name, must not make the town a person elsewhere;
        # "here" is the dateline's town
        [("Orvel Wire", "2027-03-04", "The fourth round of talks on the Arvel dam will be held in Rakvere on Tuesday, "
                                      "the foreign ministry said."),
         ("Arvel Daily", "2027-03-10", "KOHTLA JARVE, Orvel - Delegates from Orvel and Kelvo met here on Tuesday "
                                       "for a fourth round of talks on the Arvel dam."),
         ("Kelvo Post", "2027-03-11", "The fourth round of talks on the Arvel dam opened in Kohtla-Jarve on "
                                      "Tuesday.")],
        {"place_conflict": [{"Rakvere", "KOHTLA JARVE", "Kohtla-Jarve"}]}, id="dateline-town-read-as-a-person"),
    pytest.param(  # every act of a trial happens in the court's town: the town does not make the trial's opening,
        # the sentencing and the verdict one event
        [("Orvel Wire", "2027-05-05", "The trial of Edvin Laske, who ran a bus company, opened before a county court "
                                      "in Tartu on Tuesday."),
         ("Arvel Daily", "2027-05-20", "Judge Kertu Lepik said the verdict would come on June 9."),
         ("Kelvo Post", "2027-06-16", "Laske got four years in prison at his sentencing in Tartu, where the trial had "
                                      "lasted six weeks."),
         ("Orvel Weekly", "2027-06-22", "When the county court in Tartu finally handed down its verdict on June 16, "
                                        "it jailed Laske.")],
        {"date_conflict": [{"June 9", "June 16"}]}, id="court-acts-apart"),
    pytest.param(  # the first leg at home and the second away: two games, however alone each is ahead in its report
        [("Orvel Sport", "2027-04-01", "Orvel Comets will meet Kelvo in the semi-finals. The first leg will take "
                                       "place in Tartu on April 19."),
         ("Arvel Daily", "2027-04-03", "Kelvo coach Edvin Laske said his side would need a big crowd for the second "
                                       "leg in Narva."),
         ("Kelvo Post", "2027-04-09", "The Comets' first leg against Kelvo will be played on April 26 in Tartu, seven "
                                      "days after the date the club gave.")],
        {"date_conflict": [{"April 19", "April 26"}], "ordinal_conflict": []}, id="two-legs"),
    pytest.param(  # the first report's plan may be the session the second tells as held and the round the others
        # tell ahead; the held session and the round still ahead after it are never one event
        [("Orvel Wire", "2026-11-10", "The commission's seventh ministerial session will be held in Tartu, the "
                                      "ministry said."),
         ("Arvel Daily", "2026-11-13", "A ministerial session of the joint commission was held in Narva on 12 "
                                       "November."),
         ("Kelvo Post", "2026-12-01", "The next round of expert talks is due in Rakvere on 8 March."),
         ("Orvel Weekly", "2027-01-20", "The next round of expert talks has been shifted from Rakvere to Viljandi "
                                        "and delayed to March 22, the ministry said yesterday.")],
        {"date_conflict": [{"8 March", "March 22"}]}, id="held-then-ahead-apart"),
]


@pytest.mark.parametrize(("reports", "expected"), SEVERAL_REPORTS)
def test_several_reports_of_one_story(tmp_path, reports, expected):
    analysis = analyse(tmp_path, reports)
    assert {kind: values(analysis, kind) for kind in expected} == expected


def test_a_town_set_against_another_in_one_sentence_is_not_placed_in_it():
    from reconcile.models import Claim
    from reconcile.normalize.places import gazetteer
    from reconcile.slots import place_relation

    def claim(value: str, sentence: str) -> Claim:
        known = gazetteer().lookup(value)
        return Claim(source_id=value, kind="event", subject="the signing", attribute="place", value=value, start=0,
                     end=len(value), sentence=sentence, sentence_start=0, value_type="place",
                     norm=known.key if known is not None else f"name:{value.lower()}")

    town = claim("Narva", "The memorandum will be signed in Narva, the mayor said.")
    facing = claim("Kelvoja", "They will sign it in Kelvoja, the border town that faces Narva across the river.")
    inside = claim("Kelvoja", "They will sign it in Kelvoja, a village near Narva.")
    assert place_relation(town, facing) == "different"
    assert place_relation(town, inside) == "unknown"


@pytest.mark.parametrize(("stopped", "conflict"), [("on Thursday", True), ("on Friday", False)])
def test_an_act_told_to_go_on_until_a_day_is_planned_to_stop_that_day(tmp_path, stopped, conflict):
    # "will continue the search until Friday" is the search's planned end; a later report tells the day it stopped.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-08", """
        A bus plunged into a river near Palakkad on Sunday night, killing nine people. Divers will continue the
        search until Friday, the district collector said.
        """),
        ("Backwater Daily", "2027-06-12", f"""
        A bus plunged into a river near Palakkad last Sunday, killing nine people. The authorities called off the
        search {stopped} after the last body was recovered.
        """),
    ])
    ends = sorted((c.qualifiers["status"], c.value) for c in event_claims(analysis, "date")
                  if c.qualifiers.get("trigger") == "stop search")
    assert ends == [("held", stopped.split()[-1]), ("planned", "Friday")]
    assert ({"Friday", "Thursday"} in values(analysis, "date_conflict")) is conflict


def test_a_day_hung_on_the_phrase_that_places_the_event_is_the_event_s_day(tmp_path):
    # "in Viljandi on May 27": the parser hangs the day on "in", not on the debate or the verb.
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-06-15", """
        At the first debate, in Viljandi on May 27, Mr Kelvo accused OKT of wanting to drown a valley.
        """),
        ("Inland Courier", "2027-06-16", """
        The first debate of the campaign was held in Viljandi on May 28.
        """),
    ])
    assert {"May 27", "May 28"} in values(analysis, "date_conflict")


def test_a_verdict_that_initially_was_due_on_a_day_is_the_plan_not_kept(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-05-07", "The three judges cleared Edvin Laske of fraud this morning. Initially the "
                                       "verdict was due on Tuesday, and the judges asked for two more days."),
    ])
    days = {c.value for c in event_claims(analysis, "date")}
    assert "Tuesday" not in days


@pytest.mark.parametrize("changed", ["but the league postponed it after the pitch flooded",
                                     "but it was put back by a day after the pitch flooded",
                                     "but the league cancelled it when the pitch flooded"])
def test_a_day_a_match_was_due_on_before_it_was_put_off_is_the_plan_not_kept(tmp_path, changed):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-09", f"Live from Tartu. The cup final was due on Saturday, {changed}. Kick-off is at "
                                      "three."),
    ])
    assert "Saturday" not in {c.value for c in event_claims(analysis, "date")}


def test_a_judgment_the_court_gives_today_is_dated_today(tmp_path):
    # "gives its judgment": the judgment given, as "delivers" would tell it; not what someone gives backing to.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-07", "The appeal court in Tartu will rule on May 14 in the case of Edvin Laske."),
        ("Orvel Ledger", "2027-05-21", "We are live from Tartu, where three appeal judges give their judgment today "
                                       "on the case of Edvin Laske."),
        ("Harju Ledger", "2027-05-22", "Shareholders gave their backing on Monday to the sale of Arvel Mining."),
    ])
    given = [(c.value, str(c.norm)) for c in event_claims(analysis, "date") if c.source_id.startswith("01")]
    assert given == [("today", "2027-05-21")]
    assert {"May 14", "today"} in values(analysis, "date_conflict")
    assert not [c for c in event_claims(analysis, "date") if c.qualifiers.get("event_class") == "business"]


def test_a_signing_planned_then_moved_is_one_signing_in_every_report(tmp_path):
    # An owner who "aims to sign" has a plan; a protest "on the eve of the signing" is dated, the signing is not;
    # and a report written on the new day, which tells the one signing still ahead in the new town further down,
    # is that same signing, not another one after the planned day had passed.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-04", "Its owner aims to sign the papers on March 17 at the mill in Viljandi."),
        ("Backwater Daily", "2027-03-09", "The signing is scheduled for March 17 at the mill in Viljandi."),
        ("Harju Ledger", "2027-03-13", "The signing will now take place on Thursday, March 19, at the economy "
                                       "ministry in Tartu. Workers will hold a protest at the mill on Wednesday, on "
                                       "the eve of the signing."),
        ("Upland Voice", "2027-03-19", "The regulator approved the sale of the Kelvo mill on Monday. Arvel Mining is "
                                       "expected to sign the papers later this morning at the economy ministry in "
                                       "Tartu."),
    ])
    aimed = [(c.value, c.qualifiers.get("status")) for c in event_claims(analysis, "date") if c.source_id == "00"]
    assert aimed == [("March 17", "planned")]
    assert {"Viljandi", "Tartu"} in values(analysis, "place_conflict")
    assert {"March 17", "Thursday, March 19"} in values(analysis, "date_conflict")
    assert not [c for c in event_claims(analysis, "date") if c.value == "Wednesday"
                and c.qualifiers.get("event_class") == "business"]


def test_games_of_a_series_both_ahead_are_paired_by_their_numbers(tmp_path):
    # Two previews of a series, each telling two games ahead: "Game 4" is the game put back a day, not the "fifth and
    # deciding game" the later preview places where Game 4 was to be.
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-04-13", "The Kelvo Eagles lead the final series 2-1. Game 3 is on Friday in Tartu. "
                                      "Game 4 is on Sunday in Viljandi."),
        ("Inland Courier", "2027-04-15", "The Kelvo Eagles lead the final series 2-1. Game 4 will now be played on "
                                         "Monday night. A fifth and deciding game would be played on Wednesday in "
                                         "Viljandi."),
    ])
    assert values(analysis, "date_conflict") == [{"Sunday", "Monday night"}]
    assert values(analysis, "ordinal_conflict") == []


def test_a_town_choosing_its_mayor_in_a_run_off_dates_the_run_off(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-09-23", "Paide will choose its next mayor in a run-off on October 4 between Kertu "
                                       "Lepik and Tiit Orvelmaa."),
        ("Harju Ledger", "2027-10-12", "Kertu Lepik beat Tiit Orvelmaa to become the mayor of Paide. The run-off "
                                       "was held on October 11."),
    ])
    assert {"October 4", "October 11"} in values(analysis, "date_conflict")


def test_what_someone_did_at_a_hearing_dates_the_hearing(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-27", "Edvin Laske testified for nearly an hour on Thursday at the third hearing of "
                                     "his trial in Tartu."),
        ("Orvel Ledger", "2027-03-28", "The court heard the former mayor on Thursday, March 25, the second hearing "
                                       "of his trial in Tartu."),
    ])
    hearing = [(c.value, str(c.norm)) for c in event_claims(analysis, "date") if c.source_id == "00"]
    assert hearing == [("Thursday", "2027-03-25")]
    assert {"third", "second"} in values(analysis, "ordinal_conflict")


def test_a_trial_a_judge_adjourned_told_by_it_is_due_on_the_day_given(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-10", "The fraud trial of Edvin Laske lasted less than an hour on Tuesday before the "
                                     "judge adjourned it until March 23."),
    ])
    due = [(c.value, c.qualifiers.get("status")) for c in event_claims(analysis, "date") if c.value == "March 23"]
    assert due == [("March 23", "planned")]


def test_polling_put_back_a_week_is_the_by_election_moved(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-04-26", "Three candidates are standing for the Paide seat in a by-election on May 9."),
        ("Inland Courier", "2027-04-30", "The electoral commission said on Thursday that polling in Paide would now "
                                         "be held on Sunday, May 16, as ballot papers were late."),
    ])
    assert {"May 9", "Sunday, May 16"} in values(analysis, "date_conflict")


def test_a_court_that_jailed_someone_sentenced_them_that_day(tmp_path):
    # "jailed X for six years" tells the sentencing, as "sentenced X to six years" does: the two days conflict.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-04-09", "The district court in Tartu on Thursday jailed Tiit Orvelmaa, a former harbour "
                                     "master, for six years for taking bribes from ship agents."),
        ("Orvel Ledger", "2027-04-10", "Tiit Orvelmaa, the former harbour master, was sentenced to six years in "
                                       "prison by the district court in Tartu on Wednesday."),
    ])
    assert {"Thursday", "Wednesday"} in values(analysis, "date_conflict")



def test_a_game_told_by_its_number_which_the_tagger_takes_for_a_date_is_an_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-03", "The series is level at one game each. Game 3 is on Wednesday at the Orvel "
                                      "Arena in Narva."),
        ("Inland Courier", "2027-05-04", "Game 3 of the final will be played on Thursday at the Orvel Arena in Narva, "
                                         "the league said."),
    ])
    assert {"Wednesday", "Thursday"} in values(analysis, "date_conflict")


def test_the_day_after_the_party_s_leader_is_the_day_of_what_is_done_with_the_party(tmp_path):
    # The parser hangs "on Thursday" on "led": the day is the signing's.
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-01", "Estonia will sign a ten-year port lease with a consortium led by Orvel "
                                       "Shipping Holdings on Thursday, March 4, the ministry said on Monday."),
        ("Inland Courier", "2027-03-05", "The port lease was signed on Friday, March 5, at the ministry in Tallinn."),
    ])
    assert {"Thursday, March 4", "Friday, March 5"} in values(analysis, "date_conflict")


def test_an_awaited_event_named_by_its_noun_is_the_event_another_report_tells(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-01", "The port authority expects the handover of the ferry quay to Orvel Shipping "
                                       "on Friday."),
        ("Inland Courier", "2027-03-06", "The handover of the ferry quay to Orvel Shipping took place on Thursday, "
                                         "the port authority said."),
    ])
    assert {"Friday", "Thursday"} in values(analysis, "date_conflict")


def test_a_decision_a_court_delivers_is_the_verdict_another_report_tells(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-01", "The three appeal judges in Viljandi will give their decision on Thursday, "
                                     "the court said."),
        ("Inland Courier", "2027-03-06", "The appeal court's verdict was handed down on Friday in Viljandi, a day "
                                         "later than the parties had been told."),
    ])
    assert {"Thursday", "Friday"} in values(analysis, "date_conflict")


def test_players_parading_a_trophy_through_a_town_is_the_parade(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-10", "The squad will parade their cup through Thrissur on Tuesday aboard a "
                                      "lorry, club officials said."),
        ("Upland Voice", "2027-05-13", "Supporters packed the pavements for Wednesday's victory parade through "
                                       "Palakkad."),
    ])
    assert {"Tuesday", "Wednesday"} in values(analysis, "date_conflict")
    assert {"Thrissur", "Palakkad"} in values(analysis, "place_conflict")


def test_a_day_one_is_ready_for_in_the_present_is_ahead(tmp_path):
    # A preview of Sunday: the poll it is ready for is the coming Tuesday, the day the later report tells.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-07", "Nine names appear on ballot papers for Tuesday's mayoral poll in Paide, "
                                         "though only two stand a real chance."),
        ("Harju Ledger", "2027-03-10", "Voters in Paide chose their mayor on Tuesday in a quiet mayoral poll."),
    ])
    assert not values(analysis, "date_conflict")
    assert any(c.attribute == "date" and str(c.norm).startswith("2027-03-09") and c.source_id == "00"
               for c in analysis.claims)


def test_a_convoy_due_somewhere_and_one_that_reached_it_is_one_arrival(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-01", "A relief convoy of twelve lorries will arrive in Palakkad on Wednesday, "
                                         "the aid agency said."),
        ("Harju Ledger", "2027-03-06", "The relief convoy finally reached Palakkad on Friday, two days late, because "
                                       "floods blocked the direct route."),
    ])
    assert {"Wednesday", "Friday"} in values(analysis, "date_conflict")


def test_officials_caught_red_handed_were_arrested_then(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-01", "Anti-corruption officers arrested the two clerks in Paide on January 19."),
        ("Inland Courier", "2027-03-02", "The bureau says the two clerks were caught red-handed in Paide on "
                                         "January 21 as they pocketed cash from an applicant."),
    ])
    assert {"January 19", "January 21"} in values(analysis, "date_conflict")


def test_a_court_that_adjourns_to_a_day_sits_again_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2026-03-09", """
        On Monday the Paide district court heard the defence ask for the fraud charges against Mart Saar to be
        dropped. The court then adjourned until Thursday, when its decision on the motion is due.
        """),
        ("Inland Courier", "2026-03-10", """
        The next hearing in the fraud case against Mart Saar, the former harbour master, will be on Friday, when
        the district court in Paide is to rule on the defence motion.
        """),
    ])
    assert "Thursday" in {c.value for c in event_claims(analysis, "date")}
    assert {"Thursday", "Friday"} in values(analysis, "date_conflict")


def test_the_newly_elected_who_take_the_oath_are_sworn_in(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-05-11", """
        Kertu Lepik won the mayoral vote in Rakvere by 412 votes. Lepik and the eleven elected councillors take
        their oaths on May 18 in the council chamber.
        """),
        ("Upland Voice", "2026-05-12", """
        Kertu Lepik, elected mayor of Rakvere on Sunday, is to be sworn in on May 20 together with the new town
        council.
        """),
    ])
    assert {"May 18", "May 20"} in values(analysis, "date_conflict")


def test_a_witness_who_takes_the_oath_is_not_sworn_into_office(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2026-05-11", """
        Mart Saar took the oath on Monday and said in the Paide courtroom that the contract was new to him. The
        town's new mayor takes the oath on Friday.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "swearing-in"} == {
        "Friday"}


def test_the_one_coming_ruling_two_reports_date_apart_is_one_ruling(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2026-03-13", """
        The regional court in Tartu last year upheld the fine the inspectorate gave the dairy cooperative, and
        its ruling was appealed. Closing arguments in the appeal ended on Friday. The court will give its ruling on
        March 23, and a hearing on costs is set for March 30.
        """),
        ("Harju Ledger", "2026-03-20", """
        The appeal court in Tartu has put back to April 6 its ruling on the dairy cooperative's fine, a clerk said.
        The hearing on costs remains set for March 30. The first ruling, last year, had upheld the fine.
        """),
    ])
    assert {"March 23", "April 6"} in values(analysis, "date_conflict")


def test_a_round_ended_on_a_weekday_beside_a_round_to_follow_next_week_ended_this_week(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-05-07", """
        KURESSAARE, May 7 - The two governments closed a second round of ferry negotiations on Wednesday and
        announced that a last round would take place next week, officials said.
        """),
    ])
    days = {c.value: c.norm.as_date() for c in event_claims(analysis, "date")}
    assert days["Wednesday"] == dt.date(2026, 5, 6)


def test_rounds_told_on_one_weekday_in_reports_a_week_apart_are_two_rounds(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-05-07", """
        The second round of the ferry talks ended in Kuressaare on Wednesday, the ministry said.
        """),
        ("Upland Voice", "2026-05-14", """
        The third round of the ferry talks ended in Kuressaare on Wednesday with the text agreed.
        """),
        ("Inland Courier", "2026-05-15", """
        Last week's round in Kuressaare closed the text of the ferry accord, officials said.
        """),
    ])
    assert len({c.source_id for c in event_claims(analysis, "ordinal")}) == 2
    assert values(analysis, "ordinal_conflict") == []
    assert values(analysis, "date_conflict") == []


def test_a_weekday_in_a_sentence_that_names_last_weeks_disaster_is_of_this_week(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-06-16", """
        The commission looking into last week's explosion at a paint works in Narva opened the first of its
        public hearings on Monday.
        """),
    ])
    assert {c.value: c.norm.as_date() for c in event_claims(analysis, "date")}.get("Monday") == dt.date(2026, 6, 15)


def test_a_deal_signed_on_a_day_after_its_worth_was_signed_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2026-02-21", """
        Furniture makers from Viljandi and a Finnish retail chain signed a five-year supply deal worth EUR 24
        million on Friday at the Tartu fair.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "date") if c.qualifiers.get("trigger") == "signing"} == {"Friday"}


def test_the_next_round_put_in_two_towns_and_two_months_is_one_round_in_conflict(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-03-12", """
        The second technical round of the river talks ended in Tartu on Wednesday. The next technical round
        opens in Narva in June, officials said. The ministers themselves meet in Tallinn on Friday.
        """),
        ("Upland Voice", "2026-03-13", """
        The technical round in Tartu ended on Wednesday with an agreed communiqué. According to the minutes, the next
        technical round takes place in Paide in July. The ministers meet in Tallinn on Friday.
        """),
    ])
    assert {"Narva", "Paide"} in values(analysis, "place_conflict")
    assert {"June", "July"} in values(analysis, "date_conflict")


def test_a_bench_of_a_court_that_grants_bail_rules_where_it_sits(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2026-05-07", """
        On Thursday the Tartu Bench of the Supreme Court granted Mart Saar bail; the warehouse keeper is accused
        of selling seized grain.
        """),
    ])
    rulings = [c for c in event_claims(analysis, "date") if c.qualifiers.get("event_class") == "court"]
    assert [c.value for c in rulings] == ["Thursday"]


def test_one_reports_coming_signing_is_not_anothers_coming_handover(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-18", """
        The port authority picked a Baltic consortium to run the new grain quay at Paldiski, it said on Tuesday.
        The lease is to be signed in Tallinn, the authority said; it gave no date.
        """),
        ("Harju Ledger", "2027-05-20", """
        The port authority picked a Baltic consortium to run the new grain quay at Paldiski.
        The lease will be signed in Tallinn on June 3, at the economy ministry, officials said.
        """),
        ("Inland Courier", "2027-06-04", """
        NARVA, June 4 - The port authority on Friday signed a 25-year lease with the consortium at its offices
        in Narva.
        The consortium chairman, Mart Saar, said the region had waited years for it.
        """),
        ("Upland Voice", "2027-06-09", """
        The handover of the quay to the consortium has been put back to March 2028, the port authority said on
        Monday, days after the lease was signed in Narva.
        """),
    ])
    assert any({"Tallinn", "Narva"} <= side for side in values(analysis, "place_conflict"))
    assert any({"June 3", "Friday"} <= side for side in values(analysis, "date_conflict"))
    assert not any("March 2028" in side for side in values(analysis, "date_conflict"))


def test_an_extraordinary_general_meeting_is_not_the_buyers_annual_one(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-10", """
        Orvel Weaving agreed on Monday to hand control to a Finnish group.
        Orvel's shareholders will vote on the disposal at an extraordinary general meeting on March 31, a filing showed.
        """),
        ("Inland Courier", "2027-03-12", """
        The Finnish buyer said it would put the purchase to its own investors at its annual general meeting, held
        in Tampere on May 20.
        """),
        ("Upland Voice", "2027-03-13", """
        Orvel shareholders are to approve the disposal at an extraordinary general meeting on April 7, the firm's
        chairman, Mart Saar, said.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert any({"March 31", "April 7"} <= side for side in dates)
    assert not any("May 20" in side for side in dates)


def test_the_meeting_a_report_says_is_due_is_the_one_a_later_report_says_was_held_a_day_late(tmp_path):
    # The older report also tells of the officials' meeting before it, which agrees with the later report on
    # nothing; the plan, a day off, is what the later report's meeting was.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-11", """
        PAIDE, May 11 - Estonian and Latvian officials opened preparatory talks in Paide on Monday on a new border
        crossing. The officials met at the Kelvo Hotel to settle the agenda, a foreign ministry spokesman said.
        The ministers themselves are due to meet on Tuesday to go over the draft texts.
        """),
        ("Harju Ledger", "2027-05-14", """
        Ministers from Estonia and Latvia met on Wednesday in Paide for their joint border commission's fourth
        session, a day late because fog held up the Latvian delegation's flight.
        """),
    ])
    assert {"Tuesday", "Wednesday"} in values(analysis, "date_conflict")


def test_a_day_the_tagger_ran_into_the_verb_after_it_is_the_day_alone(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-04-12", "The first leg in Narva on April 6 ended 1-1, and Kelvo won the return 2-1."),
    ])
    assert "April 6" in {c.value for c in event_claims(analysis, "date")}
    assert not any("ended" in c.value for c in analysis.claims if c.value_type == "date")


def test_an_event_numbered_in_an_aside_after_it_is_compared_with_the_number_another_report_gives(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-02-27", """
        Voters in Kelvo elected Kertu Lepik on Thursday. The by-election, the second since last year's national vote, drew
        a turnout of 31 percent.
        """),
        ("Harju Ledger", "2027-02-28", """
        Thursday's by-election, the third of this parliament, was won in Kelvo by Kertu Lepik.
        """),
    ])
    assert {"second", "third"} in values(analysis, "ordinal_conflict")


def test_a_race_won_for_the_second_time_in_a_row_is_not_the_second_race(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-04-12", "Edvin Laske won the race, the second in a row, in Tartu on Sunday."),
    ])
    assert not event_claims(analysis, "ordinal")


def test_a_side_hosted_on_a_day_is_the_match_another_report_dates_otherwise(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-05", """
        Kelvo and Narva came through their semi-finals last weekend. Kelvo will host the Narva side at home on
        Saturday afternoon.
        """),
        ("Upland Voice", "2027-05-09", """
        The final of the county championship was played on Sunday, a day later than planned, after rain flooded the
        ground. Kelvo beat Narva 24-17.
        """),
    ])
    assert {"Saturday", "Sunday"} in values(analysis, "date_conflict")


def test_it_stands_for_a_final_named_before_though_the_tagger_took_the_noun_for_an_adjective(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-05", """
        For the fourth season in a row, the final of the Copa del Norte will be Kelvo against Orvel. This time it will be
        played in Narva.
        """),
        ("Upland Voice", "2027-05-09", """
        Kelvo won the final of the Copa del Norte in Tartu on Sunday, beating Orvel 24-17.
        """),
    ])
    assert {"Narva", "Tartu"} in values(analysis, "place_conflict")


def test_prizes_presented_on_a_day_are_the_prize_giving_another_report_tells(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-03", """
        Edvin Laske won the Tartu marathon on Sunday. The prizes will be presented to the winners on Monday evening at
        the town hall in Tartu.
        """),
        ("Upland Voice", "2027-05-07", """
        Laske received his trophy at the prize-giving, which was held on Wednesday in Viljandi because a protest by
        another team had delayed it.
        """),
    ])
    assert {"Monday", "Wednesday"} in values(analysis, "date_conflict")
    assert {"Tartu", "Viljandi"} in values(analysis, "place_conflict")


def test_a_meeting_of_unions_in_a_court_story_is_not_the_appeal_the_court_will_hear(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-21", """
        A court in Tartu on Thursday jailed Edvin Laske for five years for taking bribes. His lawyer said an appeal
        would be filed at the High Court in Narva.
        """),
        ("Inland Courier", "2027-05-22", """
        Edvin Laske got five years in jail on Thursday. Grain growers' unions will meet in Viljandi on Saturday to ask
        for higher prices, their leader said.
        """),
    ])
    # the unions' meeting is read, and kept apart from the appeal
    assert "Viljandi" in {c.value for c in event_claims(analysis, "place")}
    assert values(analysis, "place_conflict") == []


def test_a_meeting_moved_with_a_clause_on_it_before_the_new_day_gets_the_new_day(tmp_path):
    # the parser hangs "to June 3" and "from May 27" on the clause about the meeting, not on "moved"
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-05-02", """
        Kelvo Mills said its owners would decide on the deal at an extraordinary general meeting on May 27.
        """),
        ("Inland Courier", "2027-05-09", "Kelvo Mills has moved the general meeting at which owners must "
                                         "approve the sale of a 40% stake to Orvel Foods to June 3, from May 27."),
    ])
    moved = [c.value for c in event_claims(analysis, "date") if c.source_id == "01"]
    assert moved == ["June 3"]
    assert {"May 27", "June 3"} in values(analysis, "date_conflict")


@pytest.mark.parametrize("planned, held", [
    ("The foundation stone of the Kelvo mill will be laid on June 12, the company said.",
     "Kelvo Mills broke ground on its new mill on July 3 after the ceremony was put back."),
    ("The mill will be handed over to Orvel Foods on June 1, the company said.",
     "The handover of the mill to Orvel Foods took place on June 15, two weeks later than planned."),
    ("The provincial board said the results would be proclaimed on December 18.",
     "The provincial board announced the results on December 28 after a recount at two stations."),
    ("The sports minister will receive the medallists on Tuesday, the federation said.",
     "The sports minister held a reception for the team's medallists on Wednesday."),
])
def test_an_event_told_by_a_verb_and_its_object_is_the_event_another_report_names(tmp_path, planned, held):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-20", planned),
        ("Harju Ledger", "2027-07-05", held),
    ])
    assert len(values(analysis, "date_conflict")) == 1


def test_the_next_round_a_series_moves_on_to_is_its_own_event_with_its_own_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-06-12", """
        TARTU, June 12 - Organisers of the kayak cup race in Tartu put Saturday's semi-finals and finals back to
        Sunday when a night of storms swelled the river, they announced on Saturday.
        "Nobody paddles on that," race director Ines Laske said beside the water. She added that the
        semi-finals and finals would go ahead on Sunday should the water drop by morning.
        The race is the third stop of the cup this summer.
        The cup moves on to Viljandi for its next round at the end of June.
        """),
        ("Harju Ledger", "2027-06-14", """
        Mart Saar won the men's final in Tartu on Sunday after a day's delay for high water.
        The win takes him closer to the overall lead before the next round in Narva at the end of June.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Viljandi", "Narva"}]
    assert {c.value for c in event_claims(analysis, "date")} >= {"the end of June"}
    # going on to the next round moves nothing: the round is no plan moved, and not the semi-finals moved
    assert not [c for c in event_claims(analysis, "place") if c.value == "Viljandi" and c.qualifiers["moved"]]


def test_a_search_that_entered_its_third_day_and_the_fourth_day_of_the_search_are_numbered_apart(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-02-10", """
        The search for the two lost trawlermen entered its third day on Wednesday, the coast guard said.
        """),
        ("Upland Voice", "2027-02-11", """
        Divers on Wednesday, the fourth day of the search, found the boat's hull off Kelvo.
        """),
        ("Harju Ledger", "2027-02-12", """
        The search for the second trawlerman entered its fifth day on Thursday.
        """),
    ])
    # the fifth day is another day, Thursday, not a third number for Wednesday
    assert values(analysis, "ordinal_conflict") == [{"third", "fourth"}]
    day = next(f for f in analysis.flags if f.kind == "ordinal_conflict")
    assert "search" in day.subject


def test_a_round_planned_for_a_town_and_moved_in_a_brief_that_mentions_trial_shipments(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-10", """
        The two countries' joint panel on rail freight ended its third round in Tartu on Sunday.
        Its second round took place in Narva in the autumn. The next round is planned for Viljandi in August, an
        official said.
        """),
        ("Harju Ledger", "2027-05-15", """
        The next round of the joint panel on rail freight takes place in Kollam in August, rather than in
        Viljandi as first announced, the transport ministry said on Thursday.
        Officials said the first trial shipments by rail could start in the dry season, and hauliers will
        wait for the trial period to end before they switch.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Viljandi", "Kollam"}]
    assert not [c for c in analysis.claims if c.kind == "event" and c.qualifiers.get("event_class") == "court"]


def test_a_swearing_in_day_the_tagger_ran_into_the_assemblys_name(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-02-27", """
        Mart Saar, who won Thursday's by-election, is due to be sworn in at the National Assembly in Tallinn on
        March 3, officials said.
        """),
        ("Harju Ledger", "2027-03-01", """
        Mart Saar will now be sworn in as a member of the National Assembly on March 10, parliament's secretariat
        announced. The oath was delayed by seven days.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"March 3", "March 10"}]


def test_a_sentence_to_be_passed_in_a_verb_joined_to_a_plan_is_planned_too(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-15", """
        The judge told the court she would take pleas for leniency on Tuesday and pass sentence on Thursday.
        Edvin Laske stays free on bail until then.
        """),
        ("Inland Courier", "2027-03-17", """
        A court in Kollam will sentence Edvin Laske, a former district clerk, on Friday, after listening to his
        lawyers' appeal for a light sentence on Tuesday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Friday"}]
    # the day the sentence is to be passed is a plan, as the verb it is joined to says
    assert {c.qualifiers["status"] for c in event_claims(analysis, "date") if c.value == "Thursday"} == {"planned"}


def test_a_meeting_put_back_to_a_day_told_after_a_long_clause_on_the_meeting(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-10", """
        Kelvo Agro's owners will vote on the deal at an extraordinary general meeting on March 27.
        """),
        ("Harju Ledger", "2027-03-13", """
        Kelvo Agro has put back the extraordinary general meeting where its owners are to vote on selling control
        of the firm to Orvel Foods of Tartu to April 2, according to a filing published on Friday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"March 27", "April 2"}]


def test_the_last_one_and_last_met_are_the_session_before_the_one_told(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-11", """
        The joint commission began its session in Tartu on Monday with a plea for a new ferry.
        The Tartu session came after the last one, held in Narva in August 2026.
        """),
        ("Harju Ledger", "2027-05-12", """
        The joint commission began its session in Tartu on Monday, its ministers said.
        The commission last met in Narva in September 2026, delegates recalled.
        """),
    ])
    before = {c.value: c.qualifiers["relation"] for c in event_claims(analysis, "date")}
    assert before["August 2026"] == before["September 2026"] == "previous"
    assert not values(analysis, "place_conflict")  # neither is taken for the session in Tartu


def test_a_debut_that_may_come_in_a_match_does_not_make_the_match_uncertain(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2026-09-08", """
        Coaches say the new winger, cleared by the doctors on Monday, may make his debut
        in this Saturday's league match with Orvel Rangers at the Kelvo Municipal Stadium.
        """),
        ("Inland Courier", "2026-09-11", """
        The league match with Orvel Rangers, moved from Saturday to Sunday,
        will now take place at the Tartu Stadium, since inspectors shut a stand in Kelvo.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "date") if c.source_id == analysis.sources[0].id} == {"Saturday"}
    assert {"Kelvo Municipal Stadium", "Tartu Stadium"} in values(analysis, "place_conflict")


def test_a_recount_first_set_for_one_day_and_place_and_held_on_another_at_another(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-11-07", """
        Officials announced late on Friday: the recount of six polling stations is fixed for Sunday
        at the county election office on Mill Road, with both campaigns watching.
        """),
        ("Upland Voice", "2026-11-10", """
        The recount, originally scheduled for Sunday, went ahead on Monday in the Narva Cultural Academy auditorium
        once observers from both camps wanted more room.
        """),
    ])
    held = [c for c in event_claims(analysis, "date") if c.source_id == analysis.sources[1].id]
    assert [(c.value, c.qualifiers["status"]) for c in held] == [("Monday", "held")]
    assert {"Sunday", "Monday"} in values(analysis, "date_conflict")
    assert {"county election office on Mill Road", "Narva Cultural Academy auditorium"} in values(
        analysis, "place_conflict")


def test_a_hall_or_a_campus_of_a_body_told_in_lower_case_after_its_name_is_where_the_event_is(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-06-09", """
        The fourth round of the river talks, which ends today, goes on in the Tartu University lecture hall.
        """),
        ("Upland Voice", "2026-06-10", """
        Negotiators closed the fourth round of the river talks at Narva College's main campus on Tuesday.
        """),
    ])
    assert {"Tartu University lecture hall", "Narva College's main campus"} in values(analysis, "place_conflict")


def test_an_event_in_a_where_clause_on_a_named_building_is_held_in_that_building(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-06-05", """
        Senior officials gather on Monday at the Kelvo Lake Hotel, where the ministers will then hold
        their fourth ministerial session on Wednesday.
        """),
        ("Upland Voice", "2026-06-10", """
        The ministers began their fourth ministerial session on Wednesday in the Narva Congress Centre.
        """),
    ])
    assert {"Kelvo Lake Hotel", "Narva Congress Centre"} in values(analysis, "place_conflict")


def test_a_place_no_gazetteer_knows_after_at_and_a_site_is_where_a_visit_went(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-06-05", """
        The Minister of Mines, Mart Saar, on Wednesday visited the granite quarry at Mwenebulu that feeds
        the plant in Tartu.
        """),
        ("Upland Voice", "2026-06-06", """
        Mines Minister Mart Saar on Wednesday visited the granite quarry at Mwenedibwe, where residents
        showed him cracked houses.
        """),
    ])
    assert {"Mwenebulu", "Mwenedibwe"} in values(analysis, "place_conflict")


def test_a_deal_that_had_been_due_to_close_on_a_day_keeps_no_plan_for_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-07-21", """
        Kelvo Foods aims to complete its Narva mill purchase on September 30.
        """),
        ("Upland Voice", "2026-08-20", """
        Kelvo Foods has put back completion of the Narva mill purchase to October 15.
        The deal had originally been due to close by the 30th of September.
        """),
    ])
    later = [(c.norm.month, c.norm.day) for c in event_claims(analysis, "date")
             if c.source_id == analysis.sources[1].id]
    assert (9, 30) not in later and (10, 15) in later
    assert {"September 30", "October 15"} in values(analysis, "date_conflict")


def test_the_grounds_of_a_school_named_after_them_are_where_the_event_is(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-03-17", """
        A memorial service for the sailors will be held on Friday at St Olaf Cathedral in Tartu, the parish said.
        """),
        ("Upland Voice", "2026-03-18", """
        On Friday the memorial service for the sailors will take place in the grounds of Kelvo Secondary School,
        so that all the villagers can come.
        """),
    ])
    assert {"St Olaf Cathedral in Tartu", "Kelvo Secondary School"} in values(analysis, "place_conflict")


def test_an_event_word_joined_to_an_activity_it_names_is_no_event(tmp_path):
    # a commission that counts votes and read the results out on a day: the day of the reading, not of the vote
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-06-09", "Kelvo elected a new mayor in the vote on Sunday, June 7."),
        ("Harju Ledger", "2027-06-11", "The results of the Kelvo by-election are final. The departmental "
                                       "vote-counting commission read them out on Wednesday evening at the district office."),
    ])
    assert not [c for c in event_claims(analysis, "date") if c.value.startswith("Wednesday")
                and "vote" in c.subject.lower()]
    assert not values(analysis, "date_conflict")


def test_arguments_that_closed_are_the_closing_arguments(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2026-04-19", "Closing arguments ended on Thursday, and the judge will give her verdict "
                                         "next month, a clerk said."),
        ("Harju Ledger", "2026-04-20", "The defence called nine witnesses. The arguments closed on April 15, a day "
                                       "earlier than planned."),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "April 15"}]
    assert not any(c.qualifiers.get("trigger") == "closure" for c in event_claims(analysis, "date"))


def test_the_lines_of_a_works_are_numbered_in_one_series(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-15", """
        The second production line in Rakvere was commissioned by Kelvo Cement on Thursday.
        """),
        ("Harju Ledger", "2027-05-18", """
        Last Thursday Kelvo Cement brought the third production line in Rakvere into use.
        """),
        ("Upland Voice", "2027-05-13", """
        A new production line is ready at Kelvo Cement's plant in Rakvere. The line, the second at the site, will
        double the plant's output.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second production line", "second", "third production line"}]


def test_a_line_switched_on_is_the_works_entering_service_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-15", """
        The new kiln line at the Kelvo Cement plant in Rakvere was commissioned on Thursday, according to the firm.
        """),
        ("Upland Voice", "2027-05-16", """
        Lorries queued on the Rakvere road on Wednesday as Kelvo Cement switched on the kiln line it has built in
        Rakvere.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Wednesday"}]
    switched = [c for c in event_claims(analysis, "status") if c.value == "switched"]
    assert [c.norm for c in switched] == ["held"]


def test_a_bridge_swept_away_and_washed_away_is_one_act(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-22", """
        Floods swept through Valga on Tuesday. The Valga-Tartu road bridge was washed away by floodwater on
        Tuesday, cutting the town off from the north.
        """),
        ("Upland Voice", "2027-04-24", """
        The Valga bridge, which the swollen river swept away on Monday, has left traders stranded on both banks.
        """),
    ])
    assert {"Tuesday", "Monday"} in values(analysis, "date_conflict")


def test_a_flight_that_landed_and_one_that_reached_the_town_are_one_arrival(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-23", """
        The first aid flight reached Valga yesterday with tents and blankets for the flooded town.
        """),
        ("Upland Voice", "2027-04-26", """
        The first aid flight landed at Valga on Friday, according to the government.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"yesterday", "Friday"}]


def test_two_numbers_for_the_edition_of_a_final_are_one_final_numbered_twice(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-11", """
        Kelvo Athletic will play Orvel United in the cup final at the Paide Arena on Saturday. Organisers said Paide
        would stage the 31st edition of the final.
        """),
        ("Regional Wire", "2027-05-13", """
        The final between Kelvo Athletic and Orvel United has been moved from Saturday to Sunday, since the arena
        was double-booked. It will be the 29th edition of the final.
        """),
    ])
    assert {"31st", "29th"} in values(analysis, "ordinal_conflict")
    assert {"Saturday", "Sunday"} in values(analysis, "date_conflict")


def test_a_decision_a_court_delivers_is_its_ruling(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-20", """
        The appeal court in Tartu heard final arguments on Monday. The panel's presiding judge said the ruling
        was expected on April 29.
        """),
        ("Harju Ledger", "2027-05-07", """
        The appeal court yesterday shortened the prison term of Mart Saar, in a judgment read to a half-empty
        courtroom in Tartu. The three judges delivered their decision on Wednesday, May 6.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"April 29", "Wednesday, May 6"}]


@pytest.mark.parametrize("given", ["consent", "approval"])
def test_consent_a_board_gives_is_its_approval(tmp_path, given):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-09-10", """
        The Kelvo Investment Commission approved the 38 million euro purchase yesterday, attaching terms on jobs.
        """),
        ("Capital Ledger", "2027-11-06", f"""
        The Kelvo Investment Commission gave its {given} on September 2, attaching terms on hiring.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"yesterday", "September 2"}]


def test_a_court_that_proclaims_someone_mayor_declares_the_result(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-11-25", """
        The county election tribunal is to proclaim the winner on December 1, the commission said.
        """),
        ("Upland Voice", "2027-11-26", """
        The county election tribunal proclaimed Kertu Lepik mayor of Tartu on Thursday after throwing out the
        challenge.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"December 1", "Thursday"}]


def test_what_happens_every_year_is_no_event_of_the_story(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-13", """
        A coach overturned near the Valga bridge in the early hours of Monday, killing nine people, police said.
        Road accidents kill about 900 people a year in Estonia, according to the road safety council.
        """),
        ("Upland Voice", "2027-04-14", """
        Late on Sunday the coach left the tar at the Tartu bridge and overturned into a ditch. This was the third
        accident this year for the company's coaches.
        """),
        ("Regional Wire", "2027-04-15", """
        Eleven people have now died after Sunday's coach crash near Valga, police said.
        """),
    ])
    assert not any(c.value == "Estonia" for c in event_claims(analysis, "place"))
    assert {"Monday", "Sunday"} in values(analysis, "date_conflict")
    assert [{"Valga bridge", "Tartu bridge"} <= flag for flag in values(analysis, "place_conflict")] == [True]


def test_the_day_a_minister_said_he_had_acted_is_not_the_day_he_acted(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-16", """
        Transport Minister Edvin Laske said on Wednesday he had appointed three engineers to examine the coach
        crash near Valga.
        """),
        ("Upland Voice", "2027-04-19", """
        Laske said the engineers whom he appointed last week are to report by the end of May.
        """),
    ])
    assert not values(analysis, "date_conflict")
    assert "Wednesday" not in {c.value for c in event_claims(analysis, "date")}


def test_a_petition_lodged_is_one_filed(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-24", """
        Officials of the Kelvo Party said on Sunday they would file a petition at the High Court in Tartu over
        the count.
        """),
        ("Capital Ledger", "2027-05-27", """
        The Kelvo Party plans to contest the result; on Tuesday its lawyers were drafting an election petition,
        which will be lodged at the High Court in Narva.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Tartu", "Narva"}]


def test_an_election_result_read_out_is_its_declaration(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-05-24", """
        The returning officer declared Kertu Lepik the winner of the council by-election soon after 3am on Sunday at
        the Rakvere Civic Hall.
        """),
        ("Capital Ledger", "2027-05-27", """
        When the election officer announced the result in the Rakvere Civic Hall on Saturday night, the governing
        party lost a seat it had held for twenty years.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Sunday", "Saturday night"}]


def test_the_day_after_a_sentencing_awaited_is_the_sentencing_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-27", """
        Edvin Laske and Mart Saar were kept in detention ahead of sentencing on July 14. Both men plan to appeal,
        their lawyers said.
        """),
        ("Harju Ledger", "2027-05-29", """
        A sentencing hearing has been fixed for July 7, and both men stay in detention until then.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"July 14", "July 7"}]


def test_a_day_the_parser_hangs_on_the_winner_is_the_declaration_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-06-22", """
        Councillor Edvin Laske was declared the winner of the Tartu by-election on Monday morning, the commission
        said.
        """),
        ("Capital Ledger", "2027-06-23", """
        Councillor Edvin Laske was proclaimed the winner of the by-election in Tartu late Sunday, defeating Mart
        Saar by some 1,800 votes.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "late Sunday"}]


def test_the_day_a_court_found_the_accused_guilty(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-05", """
        The verdict in the water board bribery trial is expected on April 9, the court said.
        """),
        ("Harju Ledger", "2027-04-20", """
        The judges found both men guilty on April 16 of fraud and forgery.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"April 9", "April 16"}]


def test_a_plea_told_by_its_verb_has_its_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-01-13", """
        The former head of Tartu's bus company pleaded not guilty on Monday to charges of fraud.
        """),
        ("Harju Ledger", "2027-01-14", """
        The former head of Tartu's bus company pleaded not guilty on Tuesday to charges of fraud.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_results_declared_late_on_a_day_at_a_hall(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-12", """
        The returning officer, Kertu Lepik, declared the results late on Thursday at the Rakvere Council Hall, a
        few hours after polls closed.
        """),
        ("Capital Ledger", "2027-03-14", """
        The returning officer, Kertu Lepik, announced the results early on Friday at the Rakvere Sports Centre.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Friday"}]
    assert values(analysis, "place_conflict") == [{"Rakvere Council Hall", "Rakvere Sports Centre"}]


def test_the_day_judgment_is_set_for_is_not_the_trial_s(tmp_path):
    # The parser reads "the trial set judgment" as the trial setting something; the day is the judgment's.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-03", """
        The trial of Edvin Laske was adjourned yesterday to March 12 after a witness failed to appear.
        """),
        ("Harju Ledger", "2027-03-12", """
        Lawyers for Edvin Laske closed their case on Thursday, and the magistrate hearing the trial set judgment
        for March 24, court officials said.
        """),
    ])
    assert not any("March 24" in v for v in values(analysis, "date_conflict"))


def test_a_bare_round_is_of_the_kind_another_report_names_for_it(tmp_path):
    # The story is about a company deal; one report calls the round "of talks", the other only "the round".
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-18", """
        Orvel Mills agreed on Monday to buy a 40 per cent stake in Kelvo Fertiliser for $120 million, the
        companies said. The terms were agreed at the sixth round of talks, held in Tartu in March, where both
        sides fixed the price. The sale should be completed in June.
        """),
        ("Harju Ledger", "2027-05-20", """
        Orvel Mills will pay $120 million for 40 per cent of Kelvo Fertiliser. The fifth round, held in Tartu in
        March, fixed the price. The competition authority has yet to approve the acquisition.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"sixth", "fifth"}]


def test_the_days_reports_give_for_an_event_s_end_are_compared_past_its_first_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-05-05", """
        The joint working group opened its third round in Valga on Tuesday; it is due to end on Wednesday, an
        official said.
        """),
        ("Capital Ledger", "2027-05-07", """
        The minutes were signed after two days of talks in Valga that concluded on Wednesday.
        """),
        ("Upland Voice", "2027-05-08", """
        The talks on seasonal workers ended in Valga on Thursday, officials from both countries said.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and {"Wednesday", "Thursday"} <= dates[0] and "Tuesday" not in dates[0]


def test_a_conviction_told_by_its_noun_with_its_own_day_is_the_verdict(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-05-15", "Kelvo's district court on Thursday found five men guilty of a pension fraud "
                                      "worth millions."),
        ("Coast Ledger", "2027-05-18", "The conviction on Friday of five men over a pension fraud in Kelvo has been "
                                       "welcomed by savers' groups."),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Friday"}]


def test_a_conviction_set_aside_is_no_verdict_of_that_day(tmp_path):
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-05-15", "The appeal judges in Kelvo on Tuesday set aside the bribery conviction but "
                                      "kept the fraud one."),
        ("Coast Ledger", "2027-05-16", "Orvel was convicted of bribery in Kelvo in June last year."),
    ])
    assert not [c for c in event_claims(analysis, "date") if c.source_id == analysis.sources[0].id
                and c.qualifiers.get("event_class") == "court" and c.value == "Tuesday"
                and "conviction" in c.subject]
    assert values(analysis, "date_conflict") == []


"""Visits: one person's trip, told with other verbs in each report ("will travel to", "toured", "visited relief
centres in"), is compared by who makes it; its day and place disagree as any event's do.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

import datetime as dt

from reconcile.event_pairs import Event, same_event
from reconcile.models import Claim
from reconcile.normalize.dates import parse_date
from tests.test_event_places import place_conflicts
from tests.test_event_plans import analyse, values


def ballot_places(analysis) -> set[str]:
    """Where the reports say a voter cast a ballot."""
    return {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"
            and c.qualifiers.get("event_class") == "ballot"}


def test_two_venues_of_one_trip_differ_though_a_third_report_names_only_the_town(tmp_path):
    # The town agrees with either camp; it does not make the two camps agree with each other.
    analysis = analyse(tmp_path, [
        ("Delta Morning News", "2027-03-08", "Vice-President Edvin Laske will visit flood victims in Palakkad this "
                                             "week, officials said."),
        ("Laterite Wire", "2027-03-09", "Vice-President Edvin Laske will visit the relief camp at Kelvo Primary "
                                        "School on Friday, the district collector said."),
        ("Backwater Daily", "2027-03-13", "Vice-President Edvin Laske toured the relief camp at Orvel Community Hall "
                                          "on Thursday and spoke with flood victims there."),
    ])
    assert {"Kelvo Primary School", "Orvel Community Hall"} <= next(
        (s for s in place_conflicts(analysis) if "Orvel Community Hall" in s), set())


def test_a_planned_trip_and_the_trip_made_a_day_earlier_are_one_visit(tmp_path):
    analysis = analyse(tmp_path, [
        ("Delta Morning News", "2027-03-08", """
        Floodwater covered much of the lower delta on Sunday, and some 4,000 families have moved to school shelters.
        Water Minister Ilse Marwick is expected to visit the farms under water in Sorrel district on Thursday, her
        office said.
        """),
        ("National Courier", "2027-03-12", """
        Water Minister Ilse Marwick toured the farms of Sorrel district by boat on Wednesday and promised that the
        breached dyke would be rebuilt before the autumn rains.
        """),
        ("Relief Bulletin", "2027-03-13", """
        Marwick, who visited the shelters in Sorrel district on Wednesday, said the dyke would be rebuilt.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Wednesday"}]
    flag = next(f for f in analysis.flags if f.kind == "date_conflict")
    assert "Marwick" in flag.subject
    assert len(flag.claims) == 3  # the plan, the tour and the visit to the shelters


def test_a_trip_the_tagger_splits_by_surname_and_a_town_it_takes_for_a_body(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ferry Wire", "2027-06-02", """
        Transport Minister Tiwonge Tembela told reporters that the inquiry would report within a month.
        Tembela will travel to Lunzu-Kaya on Friday to see the landing stage, his ministry said.
        """),
        ("Lake Post", "2027-06-07", """
        Minister of Transport Tiwonge Tembela thanked the rescuers. Tembela, who arrived in Lunzu-Kaya last Saturday,
        said the landing stage would stay shut.
        """),
    ])
    assert [sorted(v) for v in values(analysis, "date_conflict")] == [["Friday", "last Saturday"]]


def test_two_peoples_trips_and_one_persons_two_trips_are_not_flagged(tmp_path):
    # Each report opens with a trip: two people's, then one person's to two places on two days.
    (tmp_path / "people").mkdir()
    (tmp_path / "trips").mkdir()
    two_people = analyse(tmp_path / "people", [
        ("Delta Morning News", "2027-03-06", """
        Water Minister Ilse Marwick will visit Leeds on Monday to meet engineers at the dyke.
        """),
        ("National Courier", "2027-03-12", """
        Health Minister Joris Penhale visited Leeds on Tuesday and met doctors at the shelters.
        """),
    ])
    assert values(two_people, "date_conflict") == []
    two_trips = analyse(tmp_path / "trips", [
        ("Delta Morning News", "2027-03-06", """
        Water Minister Ilse Marwick will travel to Leeds on Monday to meet engineers at the dyke.
        """),
        ("National Courier", "2027-03-12", """
        Water Minister Ilse Marwick flew to York on Tuesday to see the pumping station.
        """),
    ])
    assert values(two_trips, "date_conflict") == []
    assert values(two_trips, "place_conflict") == []


def test_a_trip_put_off_takes_its_new_day_and_not_the_place_of_the_reason(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-04-19", """
        Health Minister Aruzhan Tolegen will travel to Karaozek on Thursday to review the response to the outbreak.
        """),
        ("Capital Observer", "2027-04-22", """
        Health Minister Aruzhan Tolegen was to go to Karaozek this week. Her trip was put off until next Monday
        because of a cabinet meeting in Pavlodar.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "next Monday"}]
    assert values(analysis, "place_conflict") == []


def test_a_candidate_s_speech_to_supporters_is_placed_by_its_speaker(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-10-11", """
        "We finish the job next week," Nikos Karalis told supporters gathered in Freedom Square on Sunday night.
        """),
        ("Harbour Radio", "2027-10-10", """
        21:40 - Nikos Karalis is addressing supporters in Lighthouse Square.
        """),
        ("Evening Gazette", "2027-10-12", """
        Karalis, a former port director, celebrated with supporters in Freedom Square on Sunday night.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Freedom Square", "Lighthouse Square"}]


def test_a_speech_given_to_a_room_is_where_the_room_is(tmp_path):
    analysis = analyse(tmp_path, [
        ("Orvel Wire", "2027-10-11", """
        Nikos Karalis, who won 46 percent, delivered his concession speech to a quiet room at his party office in
        Narva.
        """),
        ("Evening Gazette", "2027-10-12", "Nikos Karalis conceded defeat in a speech at his headquarters in Tartu."),
    ])
    assert values(analysis, "place_conflict") == [{"Narva", "Tartu"}]


def test_one_candidate_s_speeches_on_two_nights_are_two_speeches(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-10-04", """
        "This is only the first step," Nikos Karalis told supporters on Sunday night after the first round.
        """),
        ("Evening Gazette", "2027-10-12", """
        In his victory speech in Freedom Square on Sunday night, Nikos Karalis promised an audit of the port.
        """),
    ])
    assert values(analysis, "date_conflict") == []


def _visit(source: str, person_key: str, day: str) -> Event:
    claim = Claim(source, "event", "visit", "date", day, 0, len(day), day, 0, "date",
                  norm=parse_date(day, dt.datetime(2027, 3, 12)))
    event = Event(source, "visit", [f"{source}:1"], status="held", triggers={f"visit {person_key}"})
    event.slots["date"].append(claim)
    return event


def test_two_people_s_trips_on_one_day_are_two_trips_and_one_person_s_are_one():
    assert not same_event(_visit("a", "marwick", "March 9"), _visit("b", "penhale", "March 9"))
    assert same_event(_visit("a", "marwick", "March 9"), _visit("b", "marwick", "March 9"))


def test_a_visit_due_and_a_visit_told_after_another_act_are_read(tmp_path):
    analysis = analyse(tmp_path, [
        ("Serra Chronicle", "2026-03-08", """
        Paulo Dantas Ribeiro, the Minister of Regional Development, is due to visit the city on Monday to meet the
        mayor, his ministry said.
        """),
        ("Atlantic Wire", "2026-03-11", """
        Paulo Dantas Ribeiro, the Minister of Regional Development, announced the funds after visiting the city on
        Tuesday with the mayor, according to a statement from his ministry.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "Tuesday"}]


def test_where_a_candidate_voted_is_his_own_vote_and_two_towns_conflict(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andean Wire", "2027-05-03", "Carlos Mamani, who voted on Sunday in his hometown of Sacaba, told supporters "
                                      "he was confident."),
        ("Valley Live", "2027-05-03", "Carlos Mamani voted on Sunday in Tiquipaya, the town where he grew up, and "
                                      "told reporters he was calm."),
    ])
    ballots = ballot_places(analysis)
    assert ballots == {"Sacaba", "Tiquipaya"}
    assert {"Sacaba", "Tiquipaya"} in [{c.value for c in f.claims} for f in analysis.flags
                                       if f.kind == "place_conflict"]


def test_a_candidate_described_beside_her_name_who_cast_her_vote_votes_in_her_own_place(tmp_path):
    # "who cast her vote" hangs on the description set beside the name, not on the name itself.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-05-03", "Kertu Lepik, a former mayor of Kollam who cast her vote in Thrissur on "
                                      "Sunday morning, said she was calm."),
        ("Backwater Daily", "2027-05-03", "Kertu Lepik voted on Sunday morning in Palakkad, the town where she grew up."),
    ])
    ballots = ballot_places(analysis)
    assert ballots == {"Thrissur", "Palakkad"}
    assert values(analysis, "place_conflict") == [{"Thrissur", "Palakkad"}]


def test_a_candidate_called_by_the_first_of_her_two_family_names_votes_in_her_own_place(tmp_path):
    # "Teodora Valcárcel Ibarne" is "Valcárcel" after her full name; the tagger does not tag the lone family name.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-05-03", "Teodora Valcárcel Ibarne was elected mayor of Kollam on Sunday. "
                                      "Valcárcel, a former councillor, had cast her vote early that day at the Kelvo "
                                      "Primary School."),
        ("Backwater Daily", "2027-05-04", "Teodora Valcárcel Ibarne, the new mayor of Kollam, had voted on Sunday "
                                        "at the Orvel Secondary School."),
    ])
    ballots = ballot_places(analysis)
    assert ballots == {"Kelvo Primary School", "Orvel Secondary School"}
    assert values(analysis, "place_conflict") == [{"Kelvo Primary School", "Orvel Secondary School"}]


def test_survivors_a_visitor_met_are_a_stop_of_her_trip_and_its_place_is_compared(tmp_path):
    # "Met survivors at X" is where the visitor was, not talks of the story; one report names the town she toured,
    # the other the town where she met the families: the same day, two places.
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-09-09", """
        Mudflows buried part of two hill villages on Monday. Governor Renata Osterholm visited the shelters in
        Talagante on Wednesday, where some 300 people have been moved.
        """),
        ("Hill Country Courier", "2027-09-10", """
        Governor Renata Osterholm met survivors at a sports hall in Melipilla on Wednesday and promised new
        homes within a year.
        """),
    ])
    assert values(analysis, "place_conflict") == [{"Talagante", "Melipilla"}]
    flag = next(f for f in analysis.flags if f.kind == "place_conflict")
    assert "Osterholm" in flag.subject


def test_a_trip_one_report_tells_with_two_stops_is_not_contradicted_by_a_report_of_one_stop(tmp_path):
    # One report has the minister at the site and later at a hospital in another town; the other names only a
    # third town where he met the injured. Each report tells stops of one trip, so no one stop conflicts.
    analysis = analyse(tmp_path, [
        ("Valley Wire", "2027-07-12", """
        Home Minister Edvin Laske visited the site of the landslide near Kelvo on Sunday. Laske later met the
        injured at a hospital in Tartu.
        """),
        ("Hill Country Live", "2027-07-12", """
        After the site visit, Home Minister Laske drove to Viljandi, where he met the injured at the district
        hospital.
        """),
    ])
    assert not any({"Kelvo", "Viljandi"} <= sides for sides in values(analysis, "place_conflict"))


def test_a_visitor_named_beside_the_body_her_title_is_of_makes_the_trip(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Business Wire", "2027-05-03", """
        Jane Orvel will visit the Kelvo gold mine on Thursday, Marstadt Mining said.
        """),
        ("Northern Herald", "2027-05-08", """
        The head of Marstadt Mining, Jane Orvel, toured the Kelvo gold mine on Friday and met the miners' union.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Friday"}]


def test_two_candidates_rallies_are_two_events_and_one_candidate_s_rally_placed_twice_conflicts(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Courier", "2027-06-22", """
        Edvin Laske, the ruling party's candidate, will hold his closing rally in Tartu on June 25, aides said.
        """),
        ("Antilles Wire", "2027-06-27", """
        Kertu Lepik, who closed her campaign on Thursday with a rally in Narva, had the backing of the Greens.
        """),
        ("Civic Review", "2027-07-02", """
        Kertu Lepik closed her campaign on June 25 with a rally in Pärnu.
        """),
    ])
    assert place_conflicts(analysis) == [{"Narva", "Pärnu"}]


def test_a_minister_who_came_to_the_town_made_the_trip_another_report_dates_otherwise(tmp_path):
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-10", """
        The health minister, Edvin Laske, flew to Kollam on Wednesday and met the injured at the district hospital.
        """),
        ("Backwater Daily", "2027-06-12", """
        The health minister, Edvin Laske, came to Kollam on Thursday.
        Edvin Laske came to power in Thrissur on Friday two years ago.
        """),
    ])
    # "came to Kollam" is a trip; "came to power" is none, though a place and a day follow it
    assert values(analysis, "date_conflict") == [{"Wednesday", "Thursday"}]
    assert {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"
            and c.qualifiers.get("event_class") == "visit"} == {"Kollam"}


def test_a_visit_told_by_its_noun_with_the_visitor_after_it_and_a_minister_named_after_the_portfolio(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-12", """
        Minister of Housing Kertu Lepik will travel to Narva on Tuesday to talk to households left homeless,
        a spokesman said.
        """),
        ("Harju Ledger", "2027-04-13", """
        The visit of Housing Minister Kertu Lepik, planned for today, has been put back to Thursday as the
        airport road remains flooded, a spokesman said.
        """),
        ("Upland Voice", "2027-04-16", """
        Minister of Housing Kertu Lepik visited Narva on Thursday, a week after the floods, and promised new homes
        for every family.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and {"Tuesday", "Thursday"} <= dates[0]
    flag = next(f for f in analysis.flags if f.kind == "date_conflict")
    assert "Lepik" in flag.subject
    assert {c.source_id for c in flag.claims} == {"00", "01", "02"}  # the plan, the move and the visit made


def test_a_minister_who_leads_a_delegation_to_a_town_visits_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-11", """
        Officials said Minister Kertu Lepik would lead a delegation to Narva on Thursday to see the storm damage.
        """),
        ("Harju Ledger", "2027-05-13", """
        The visit of Relief Minister Kertu Lepik is now set for Sunday, a spokesman said.
        """),
        ("Lakes Sport", "2027-05-12", """
        The captain led his team to victory on Sunday in Narva.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Thursday", "Sunday"}]
    flag = next(f for f in analysis.flags if f.kind == "date_conflict")
    assert "Lepik" in flag.subject and {c.source_id for c in flag.claims} == {"00", "01"}


def test_a_courts_site_visit_told_by_the_court_and_by_its_judge_is_one_trip(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-06-19", """
        As the hearings went on, the court visited the customs yard in Kelvo on Tuesday to inspect the logs.
        """),
        ("Inland Courier", "2027-06-20", """
        Residents recall Tuesday, when the judge and counsel for both sides came to Orvel to look at the logs.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo", "Orvel"}]


def test_a_trip_told_as_due_somewhere_and_as_a_day_spent_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-12", """
        Diggers worked at the quarry all night.
        The Minister of Health, Kertu Lepik, is due in Rakvere tomorrow, Thursday, the county office said.
        """),
        ("Harju Ledger", "2027-05-15", """
        The Minister of Social Affairs, Kertu Lepik, spent Friday in Rakvere. She went first to the quarry and then
        met the families at the sports hall.
        """),
        ("Upland Voice", "2027-05-13", """
        Kertu Lepik is expected in Rakvere for the memorial. She is due back in Tallinn next week to brief the cabinet.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"tomorrow, Thursday", "Friday"}]
    assert place_conflicts(analysis) == []  # going back to the capital is no trip elsewhere


def test_a_trip_planned_to_one_town_and_made_to_another_a_day_early_is_one_trip(tmp_path):
    # The tagger reads both towns, unknown to the gazetteer, as people; a visitor goes to see a place.
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-09", """
        Floodwater rose over the dykes on Sunday. Mart Saar, who runs the national relief agency, is due to visit
        Kelvo on Friday, the county office said.
        """),
        ("Capital Ledger", "2027-03-13", """
        Mart Saar, who runs the national relief agency, visited Orvel on Thursday and waded through its streets
        with the governor.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo", "Orvel"}]
    assert values(analysis, "date_conflict") == [{"Friday", "Thursday"}]


def test_a_trip_to_see_people_where_they_shelter_and_a_town_told_as_where_they_are(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-09-28", """
        Minister Mart Saar ordered an inquiry into the dam. He is due to visit families sheltering at Kelvo on
        Tuesday.
        """),
        ("Capital Ledger", "2027-10-02", """
        On Monday, Minister Mart Saar came to Orvel Pagoda, where the village's families have slept since the
        flood, and heard their complaints.
        """),
    ])
    trips = {c.value for c in analysis.claims if c.kind == "event" and c.qualifiers.get("event_class") == "visit"}
    assert {"Kelvo", "Tuesday", "Orvel Pagoda", "Monday"} <= trips


def test_a_site_toured_named_by_its_town_and_the_ministers_trip_to_the_border(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "ministers").mkdir()
    site = analyse(tmp_path / "site", [
        ("Regional Wire", "2027-11-02", """
        Kertu Lepik, who heads the group, is due to visit its packing plant in Narva on Friday.
        """),
        ("Capital Ledger", "2027-11-12", """
        Kertu Lepik, who heads the group, toured its Tartu plant last week.
        """),
    ])
    assert place_conflicts(site) == [{"Narva", "Tartu"}]
    ministers = analyse(tmp_path / "ministers", [
        ("Regional Wire", "2027-05-11", """
        On Thursday the ministers will visit the border crossing at Valga, where a customs yard is planned.
        """),
        ("Capital Ledger", "2027-05-15", """
        Both delegations visited the border crossing at Valga on Wednesday, the last day of the round.
        """),
    ])
    assert values(ministers, "date_conflict") == [{"Thursday", "Wednesday"}]

"""Things numbered in their holder's series ("its ninth album", "the company's fifth launch") and compared
across reports.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

import pytest

from reconcile.event_pairs import Event, same_event
from reconcile.models import Claim
from tests.test_event_plans import analyse, event_claims, values


def test_an_acquisition_numbered_differently_is_flagged_with_both_sentences(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Business Wire", "2027-02-01", """
        Norlake Foods agreed on Monday to buy Prado Lacteos, a dairy in Minas Gerais, for $210 million.
        It is Norlake's second acquisition in Brazil, after a juice maker in 2023.
        """),
        ("Agri Markets Weekly", "2027-02-03", """
        Norlake Foods will pay $210 million for Prado Lacteos.
        The deal is Norlake's third acquisition in Brazil and its largest anywhere.
        """),
    ])
    flags = [f for f in analysis.flags if f.kind == "ordinal_conflict"]
    assert [{c.value for c in f.claims} for f in flags] == [{"second acquisition", "third acquisition"}]
    sentences = {c.sentence for c in flags[0].claims}
    assert sentences == {"It is Norlake's second acquisition in Brazil, after a juice maker in 2023.",
                         "The deal is Norlake's third acquisition in Brazil and its largest anywhere."}


def test_an_album_told_by_its_pronoun_and_a_noun_left_to_the_subject(tmp_path):
    analysis = analyse(tmp_path, [
        ("Culture Desk", "2027-05-10", """
        The Saltmarsh Quartet released its ninth album on Friday, recorded in the old harbour warehouse.
        The launch of the Kestrel Aerospace rocket next week will be its sixth.
        """),
        ("Coast Gazette", "2027-05-15", """
        The Saltmarsh Quartet's new record, its tenth album, was recorded in the old harbour warehouse.
        The flight was Kestrel Aerospace's fifth launch, the company said.
        """),
    ])
    found = sorted(sorted(v) for v in values(analysis, "ordinal_conflict"))
    assert found == [["fifth launch", "sixth"], ["ninth album", "tenth album"]]


def test_agreeing_numbers_other_holders_and_moments_of_a_match_are_not_flagged(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Business Wire", "2027-02-01", """
        Norlake Foods opened its first plant in Chile in 2019, and the new one in Osorno is its second plant.
        The Osorno site is Norlake's second acquisition in Chile.
        Striker Tom Avery scored his first goal in the tenth minute.
        """),
        ("Agri Markets Weekly", "2027-02-03", """
        The Osorno plant is Norlake's third plant, the company said.
        It is Norlake's second acquisition in Chile; rival Brightwater made its first acquisition there in May.
        Tom Avery scored his second goal just before half-time.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == []


def test_a_series_counted_from_a_start_has_no_holder_but_its_start(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakeshore Wire", "2027-03-02", """
        The president named four new ministers on Tuesday. The change is the second cabinet reshuffle since
        the 2025 general election.
        """),
        ("Northern Gazette", "2027-03-04", """
        Four ministers lost their posts on Tuesday. It was the third cabinet reshuffle carried out since the
        2025 general election.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second cabinet reshuffle", "third cabinet reshuffle"}]


def test_a_title_won_for_a_run_of_years_is_counted_as_the_titles(tmp_path):
    analysis = analyse(tmp_path, [
        ("Pacific Sports Wire", "2027-09-20", """
        Namosi beat Serua 18-12 in the final on Saturday to win the provincial title for the third straight year.
        """),
        ("Island Herald", "2027-09-21", """
        Fans lined the road on Sunday after the province won the title for the fourth consecutive year.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third straight year", "fourth consecutive year"}]


def test_a_named_things_place_among_a_few_of_its_kind(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harbour Wire", "2027-08-09", """
        The Tui Dawn, the first of two new ferries ordered by Northern Straits Lines, arrived in Nelson on Sunday.
        The first of two legs was played in Suva.
        """),
        ("Maritime Weekly", "2027-08-12", """
        The Tui Dawn, the second of two new ships built in Ulsan, is the largest ferry on the route.
        The second of two legs will be played in Lautoka.
        """),
    ])
    flags = [f for f in analysis.flags if f.kind == "ordinal_conflict"]
    assert [{c.value for c in f.claims} for f in flags] == [{"first of two new ferries", "second of two new ships"}]
    assert "Tui Dawn" in flags[0].explanation


def test_the_attempt_at_which_an_act_was_done(tmp_path):
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-06-12", "The verdict was read at the second attempt. A hearing on Thursday was suspended."),
        ("Valley Courier", "2027-06-13", """
        Judge Marta Quiroga sentenced Ernesto Vidal to six years in prison at the third attempt: the hearing had been
        postponed once.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second attempt", "third attempt"}]


def test_a_series_told_by_where_it_happens(tmp_path):
    analysis = analyse(tmp_path, [
        ("Steppe Wire", "2027-02-02", "A main burst in the north of the city. It was the second major breakdown on "
                                      "the network that winter."),
        ("City Courier", "2027-02-05", "It was the third major breakdown on the city network that winter."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second major breakdown", "third major breakdown"}]


def test_a_prosecution_witness_numbered_differently_is_flagged(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-04", """
        In March, the prosecution's fourth witness, a former treasury official, told the court that she had
        approved the transfers on the governor's written instructions.
        """),
        ("Law Review", "2027-05-06", """
        The judge relied on the evidence of the fifth prosecution witness, a former treasury official, who
        testified in March.
        """),
    ])
    flags = [f for f in analysis.flags if f.kind == "ordinal_conflict"]
    assert [{c.value for c in f.claims} for f in flags] == [{"fourth witness", "fifth prosecution witness"}]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # an ordinal right before a recurring event's name numbers its edition (not "the second ODI")
    (("2026-07-01", "The ninth edition of the Highland Rally starts on Friday in Aviemore."),
     ("2026-07-06", "Ilse Brandauer won the tenth Highland Rally on Sunday. Ireland levelled the series in the second "
                    "ODI on Monday."),
     {"ninth edition", "tenth Highland Rally"}),
    # an ordinal the tagger took into a body's name numbers the body
    (("2026-10-12", "The president is expected to convene the 41st National Assembly on October 18."),
     ("2026-10-16", "The president's decree convenes the 42nd National Assembly on Wednesday, October 20."),
     {"41st National Assembly", "42nd National Assembly"}),
    # a run of terms in office, told as consecutive or straight
    (("2026-11-16", "The Marstadt Alliance is seeking a sixth consecutive term in the province."),
     ("2026-11-19", "A win would give the Marstadt Alliance its seventh straight term in the province."),
     {"sixth consecutive term", "seventh straight term"}),
    # a candidate's bids and attempts at an office are one series
    (("2026-11-16", "Ilse Brandauer, making her second bid for the governorship, conceded on Monday."),
     ("2026-11-17", "This is Brandauer's third attempt at the governorship."),
     {"second bid", "third attempt"}),
])
def test_an_ordinal_before_a_name_numbers_the_edition_or_the_body_it_names(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Coast Wire", *first), ("Capital Ledger", *second)])
    assert values(analysis, "ordinal_conflict") == [expected]


def test_a_company_s_plant_and_factory_are_one_series(tmp_path):
    analysis = analyse(tmp_path, [
        ("Gulf Times", "2027-06-17", "The factory, built near the fishing port, will employ about 800 people. It is "
                                     "the company's third plant and the first outside the central region."),
        ("Orvel Review", "2027-06-20", "Kelvo Foods opened its fourth factory, a pet-food plant in the south, in June."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third plant", "fourth factory"}]


def test_a_side_s_count_of_finals_is_not_the_final_s_number(tmp_path):
    # "Their first final in more than a decade" counts the side's finals; it does not number the final (which a
    # report that tells another side's "first final" would then take for one already told).
    analysis = analyse(tmp_path, [
        ("Harbour Sports Agency", "2027-06-04", """
        Kelvo Athletic's first final in twenty years will be played on Saturday at the city stadium in Graz.
        Orvel United, in their second final, are the favourites.
        """),
    ])
    tallies = {c.value for c in event_claims(analysis, "ordinal") if c.qualifiers["event_class"] == "achievement"}
    finals = {c.value for c in event_claims(analysis, "ordinal") if c.qualifiers["event_class"] == "match"}
    assert tallies == {"first", "second"}
    assert finals == set()
    assert "Graz" in {c.value for c in event_claims(analysis, "place")}


def test_two_counts_of_a_side_s_finals_conflict(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island Wire", "2027-04-20", """
        Kelvo Athletic go on to play their third final, against Orvel United in Tartu in May.
        """),
        ("Lagoon Weekly", "2027-04-22", """
        For Kelvo Athletic, playing in their fourth final, the prize is a game with Orvel United.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"third", "fourth"}]


def test_a_side_s_count_of_a_trophy_told_by_its_name_conflicts_with_another_count(tmp_path):
    analysis = analyse(tmp_path, [
        ("Capital Observer", "2027-06-13", """
        Kelvo Athletic beat Orvel United 3-0 last night. It was Kelvo Athletic's third National Cup, and their
        first since 1998.
        """),
        ("Coastline Sport", "2027-06-19", """
        Edvin Laske's two goals won Kelvo Athletic their second National Cup last week.
        """),
    ])
    numbered = [{c.norm for c in f.claims} for f in analysis.flags if f.kind == "ordinal_conflict"]
    assert numbered == [{2, 3}]
    # counted as the side's wins, not as the competition's editions
    assert {c.qualifiers["event_class"] for f in analysis.flags if f.kind == "ordinal_conflict"
            for c in f.claims} == {"achievement"}


def test_the_one_numbered_session_each_report_tells_is_one_session_misnumbered(tmp_path):
    # Each report also recalls an earlier, unnumbered session, and neither opens with the numbered one: the
    # number and the noun are all the two reports share.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-03-10", """
        Ferry fares between the two provinces will rise by a tenth from May.
        Operators had asked for more, officials said, and a session of the commission in 2019 ended without agreement.
        The joint commission on river transport closed its ninth session on Tuesday with the new fares agreed.
        """),
        ("Backwater Daily", "2027-03-12", """
        Ferry operators welcomed the new fares, which rise by a tenth from May.
        A session of the commission two years ago broke up over fares.
        This time the commission's tenth session ended with the fares agreed, the transport ministry said.
        """),
    ])
    assert values(analysis, "ordinal_conflict") == [{"ninth", "tenth"}]


def _session(source: str, number: int, word: str) -> Event:
    """A session a report numbers and tells as the one numbered session of its kind, with nothing else told."""
    claim = Claim(source, "event", "session", "ordinal", word, 0, len(word), word, 0, "ordinal", norm=number)
    event = Event(source, "talks", [f"{source}:1"], status="held", generic={"session"}, numbered_alone={"session"})
    event.slots["ordinal"].append(claim)
    return event


def test_two_reports_one_numbered_session_apart_tell_one_session_unless_one_is_the_first():
    assert same_event(_session("a", 9, "ninth"), _session("b", 10, "tenth"))
    # the first of a series and its second are each often the one told: the first leg, the run-off
    assert not same_event(_session("a", 1, "first"), _session("b", 2, "second"))
    # numbers two apart name two sessions
    assert not same_event(_session("a", 7, "seventh"), _session("b", 9, "ninth"))


def test_a_thing_each_report_numbers_once_after_the_is_one_series(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-04", "The sugar plant in Paide drew two bids in the second tender for the plant, "
                                       "held on March 3."),
        ("Inland Courier", "2027-03-05", "Two bidders took part in the third tender for the Paide sugar plant on "
                                         "March 3, the privatisation agency said."),
    ])
    assert values(analysis, "ordinal_conflict") == [{"second tender", "third tender"}]


def test_a_thing_a_report_numbers_twice_is_not_set_against_another_number(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-04", "The second tender for the sugar plant in Paide drew no bids. The third "
                                       "tender, held on March 3, drew two."),
        ("Inland Courier", "2027-03-05", "Two bidders took part in the fourth tender for the Paide sugar plant on "
                                         "March 3, the privatisation agency said."),
    ])
    assert values(analysis, "ordinal_conflict") == []


def test_the_first_of_a_thing_and_parts_of_play_are_not_numbered_as_a_series(tmp_path):
    # "the first offer" is another offer than the one the report is about; sets are numbered as a match goes
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-03-04", "Orvel Foods rejected the first offer in January. Saar won the second set."),
        ("Inland Courier", "2027-03-05", "Orvel Foods accepted the third offer on Monday. Saar lost the fourth set."),
    ])
    assert values(analysis, "ordinal_conflict") == []

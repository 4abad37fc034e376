"""A story the extraction has never seen: floods near Lyon told by three outlets.

The articles are written here, not taken from the repository, so that the
checks speak of general news English: counts in words and digits, relative
dates, a city inside its country, two offices, two cities.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

import reconcile
from reconcile.normalize.places import gazetteer

FLOOD_STORY = {
    "rhone-daily": (
        "title: Floods kill twelve near Lyon\noutlet: Rhone Daily\npublished: 2025-03-10T08:00:00",
        """
        Floods in Lyon on Sunday killed twelve people, the regional prefecture said.
        Rescue teams evacuated about 300 residents from low-lying streets overnight.
        Finance Minister Claire Dubois visited the flooded district on Monday and promised emergency aid.
        The next round of talks on the flood defence treaty will be held in Vienna on April 14, the ministry said.
        """,
    ),
    "euro-wire": (
        "title: French floods leave 12 dead\noutlet: Euro Wire\npublished: 2025-03-11T09:00:00",
        """
        The floods in France on Sunday killed 12 people, officials said.
        About 320 residents were evacuated from their homes.
        Economy Minister Claire Dubois toured the area and promised emergency aid.
        The next round of talks on the flood defence treaty will take place in Geneva on April 14, diplomats said.
        """,
    ),
    "alpine-post": (
        "title: Lyon flood toll reaches 19\noutlet: Alpine Post\npublished: 2025-03-12T10:00:00",
        """
        The floods in Lyon on Sunday killed 19 people, the city's mayor said on Tuesday.
        Finance Minister Claire Dubois said the government would pay for temporary housing.
        The next round of treaty talks will be held in Vienna on April 14.
        """,
    ),
}

# The same facts in other words: nothing here should be flagged as a conflict.
PARAPHRASES = {
    "rhone-daily": (
        "outlet: Rhone Daily\npublished: 2025-03-10",
        """
        Floods in Lyon on Sunday killed twelve people, the regional prefecture said.
        Rescue teams evacuated about 300 residents from low-lying streets overnight.
        Finance Minister Claire Dubois visited the flooded district on Monday and promised emergency aid.
        """,
    ),
    "euro-wire": (
        "outlet: Euro Wire\npublished: 2025-03-11",
        """
        The floods in France on Sunday killed 12 people, officials said.
        About 320 residents were evacuated from their homes.
        Claire Dubois, France's finance minister, toured the area and promised emergency aid.
        """,
    ),
}


def write_articles(folder, articles):
    folder.mkdir(parents=True, exist_ok=True)
    for name, (meta, body) in articles.items():
        (folder / f"{name}.md").write_text(f"---\n{meta}\n---\n{textwrap.dedent(body).strip()}\n", encoding="utf-8")
    return folder


def analyse_pair(tmp_path, first: str, second: str):
    """Analyse two one-paragraph articles published a day apart."""
    return reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Rhone Daily\npublished: 2025-03-10", first),
        "second": ("outlet: Euro Wire\npublished: 2025-03-11", second),
    })])


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return reconcile.analyse([write_articles(tmp_path_factory.mktemp("floods"), FLOOD_STORY)])


@pytest.fixture(scope="module")
def paraphrases(tmp_path_factory):
    return reconcile.analyse([write_articles(tmp_path_factory.mktemp("paraphrases"), PARAPHRASES)])


def kinds(analysis, kind):
    return [f for f in analysis.flags if f.kind == kind]


def flagged(analysis, kind) -> list[list[str]]:
    """The values each flag of ``kind`` sets side by side, sorted: [["418", "481"]] for one conflict."""
    return [sorted(c.value for c in f.claims) for f in kinds(analysis, kind)]


def conflicts(analysis):
    return [f for f in analysis.flags if f.kind.endswith("_conflict") or f.kind == "quote_mismatch"]


def check_evidence(analysis, flag):
    for claim in flag.claims:
        text = analysis.source(claim.source_id).text
        assert text[claim.start:claim.end] == claim.value
        assert claim.value in claim.sentence


def test_death_toll_twelve_vs_nineteen(story):
    [flag] = [f for f in kinds(story, "number_conflict") if 19 in {c.norm for c in f.claims}]
    assert flag.severity == "high"
    assert {c.norm for c in flag.claims} == {12, 19}
    by_source = {c.source_id: c.value for c in flag.claims}
    assert by_source["alpine-post"] == "19"
    # "twelve" and "12" are one figure, on the same side of the dispute.
    assert {c.norm for c in flag.claims if c.source_id != "alpine-post"} == {12}
    assert flag.explanation.count("\u201c") == 2  # two sides, not three
    check_evidence(story, flag)
    assert "19" in flag.explanation


def test_the_newest_report_is_named(story):
    [flag] = [f for f in kinds(story, "number_conflict") if 19 in {c.norm for c in f.claims}]
    assert flag.newer_source == "alpine-post"
    assert "Alpine Post" in flag.explanation


def test_finance_minister_vs_economy_minister(story):
    [flag] = [f for f in kinds(story, "title_conflict") if "Claire Dubois" in f.subject]
    assert {c.value for c in flag.claims} == {"Finance Minister", "Economy Minister"}
    assert flag.severity == "medium"
    check_evidence(story, flag)


def test_talks_in_vienna_vs_geneva(story):
    [flag] = kinds(story, "place_conflict")
    places = {c.source_id: gazetteer().lookup(c.value).name for c in flag.claims}
    assert places["euro-wire"] == "Geneva"
    assert set(places.values()) == {"Vienna", "Geneva"}
    assert flag.severity == "high"
    check_evidence(story, flag)


def test_no_dispute_where_the_story_agrees(story):
    # Lyon is in France; "Sunday" is March 9 in all three reports though they came out on different days;
    # "about 300" and "About 320" evacuated can both be right.
    assert kinds(story, "date_conflict") == []
    for flag in kinds(story, "place_conflict"):
        assert "France" not in {c.value for c in flag.claims}
    for flag in kinds(story, "number_conflict"):
        assert all(c.qualifiers.get("category") == "dead" for c in flag.claims)


def test_agreeing_paraphrases_are_not_flagged(paraphrases):
    assert len(paraphrases.sources) == 2
    assert conflicts(paraphrases) == []


def test_agreeing_paraphrases_still_yield_claims(paraphrases):
    # Nothing was flagged because the figures agree, not because nothing was read.
    dead = {c.source_id: c.norm for c in paraphrases.claims if c.attribute == "count:dead"}
    assert dead == {"rhone-daily": 12, "euro-wire": 12}
    places = {c.value for c in paraphrases.claims if c.kind == "event" and c.attribute == "place"}
    assert places == {"Lyon", "France"}


def test_killed_and_injured_are_different_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The floods in Lyon on Sunday killed 12 people and injured 19 others, the prefecture said.",
        "Twelve people died and 19 were injured in the floods in Lyon on Sunday, officials said.",
    )
    assert conflicts(analysis) == []


def test_near_identical_quote_with_a_different_word(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        '"We will rebuild every bridge and every school in this valley," Mayor Anne Vignot said on Monday.',
        '"We will rebuild every bridge and every home in this valley," Mayor Anne Vignot told reporters.',
    )
    [flag] = kinds(analysis, "quote_mismatch")
    assert "Anne Vignot" in flag.subject
    check_evidence(analysis, flag)


def test_at_least_twelve_vs_nineteen_dead(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "At least 12 people died in the floods in Lyon on Sunday, the prefecture said.",
        "Nineteen people were killed in the floods in Lyon on Sunday, officials said.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"At least 12", "Nineteen"}
    # Both outlets give a death toll, so neither is the only one to give a figure.
    assert kinds(analysis, "single_source") == []


def test_ministers_meet_in_vienna_vs_geneva(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The foreign ministers will meet in Vienna on April 14 to discuss the river treaty, the ministry said.",
        "The foreign ministers will meet in Geneva on April 14 to discuss the river treaty, diplomats said.",
    )
    [flag] = kinds(analysis, "place_conflict")
    assert {gazetteer().lookup(c.value).name for c in flag.claims} == {"Vienna", "Geneva"}


def test_one_disputed_date_gives_one_flag(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The summit will be held in Vienna on March 14, the ministry said.",
        "The summit will be held in Vienna on March 21, diplomats said.",
    )
    [flag] = kinds(analysis, "date_conflict")
    assert {c.value for c in flag.claims} == {"March 14", "March 21"}
    assert "summit" in flag.subject


def test_plant_closure_city_and_month(tmp_path):
    """A closure told with a verb: the city of the plant and the month it shuts, not the day it was announced."""
    analysis = analyse_pair(
        tmp_path,
        "Carmaker Vektra said on Monday it will close its engine plant in Zaragoza in June, cutting 900 jobs.",
        "Vektra will shut its engine plant in Valencia in September, the company announced on Monday, "
        "with 900 jobs to go.",
    )
    [place] = kinds(analysis, "place_conflict")
    assert {c.value for c in place.claims} == {"Zaragoza", "Valencia"}
    [date] = kinds(analysis, "date_conflict")
    assert {c.value for c in date.claims} == {"June", "September"}
    # 900 jobs in both: no number conflict, and neither figure is one source's alone.
    assert kinds(analysis, "number_conflict") == [] and kinds(analysis, "single_source") == []


def test_appositive_title_with_a_listed_portfolio(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Amina Odhiambo, Cabinet Secretary for Investments, Trade and Industry, said the deal was fair.",
        "Trade Cabinet Secretary Amina Odhiambo said the deal was fair.",
    )
    assert kinds(analysis, "title_conflict") == []
    titles = {c.value for c in analysis.claims if c.attribute == "title"}
    assert "Cabinet Secretary for Investments, Trade and Industry" in titles


def test_title_in_an_appositive_before_the_name(tmp_path):
    """'the foreign minister, NAME,' names the title as surely as 'NAME, the foreign minister,'."""
    analysis = analyse_pair(
        tmp_path,
        "The talks will resume in May, the foreign minister, Ilse Varga, said on Monday.",
        "Ilse Varga, the defence minister, said on Monday that the talks would resume in May.",
    )
    titles = {(c.subject, c.value) for c in analysis.claims if c.attribute == "title"}
    assert ("Ilse Varga", "foreign minister") in titles
    [flag] = kinds(analysis, "title_conflict")
    assert {c.value for c in flag.claims} == {"foreign minister", "defence minister"}


def test_the_office_a_person_is_elected_to_is_not_weighed_against_the_one_held_before(tmp_path):
    # The later report tells the election: "mayor" is the office she now takes, not another description of the
    # deputy mayor the earlier report named. Two reports of the election that name two offices still conflict.
    changed = analyse_pair(
        tmp_path / "changed",
        "Deputy Mayor Iveta Lupescu came first in the mayoral election in Marstadt on Sunday.",
        "Iveta Lupescu was elected mayor of Marstadt on Sunday, winning the run-off.",
    )
    assert kinds(changed, "title_conflict") == []
    differ = analyse_pair(
        tmp_path / "differ",
        "Iveta Lupescu was elected mayor of Marstadt on Sunday, winning the run-off.",
        "Iveta Lupescu was elected governor of Marstadt on Sunday, winning the run-off.",
    )
    [flag] = kinds(differ, "title_conflict")
    assert {c.value for c in flag.claims} == {"mayor of Marstadt", "governor of Marstadt"}
    # The offices two reports say she was elected to are compared with each other, and not with the one before.
    both = reconcile.analyse([write_articles(tmp_path / "both", {
        "first": ("outlet: Rhone Daily\npublished: 2025-03-10",
                  "Deputy Mayor Iveta Lupescu came first in the mayoral election in Marstadt on Sunday."),
        "second": ("outlet: Euro Wire\npublished: 2025-03-24",
                   "Iveta Lupescu was elected mayor of Marstadt on Sunday, winning the run-off."),
        "third": ("outlet: Civic Review\npublished: 2025-03-25",
                  "Iveta Lupescu was elected governor of Marstadt on Sunday, winning the run-off."),
    })])
    [flag] = kinds(both, "title_conflict")
    assert {c.value for c in flag.claims} == {"mayor of Marstadt", "governor of Marstadt"}


def test_a_city_and_its_region_agree_and_another_regions_city_does_not(tmp_path):
    agree = analyse_pair(
        tmp_path / "agree",
        "The port workers' union will hold its congress in Bilbao on May 12, organisers said.",
        "The port workers' union will hold its congress in the Basque Country on May 12, officials said.",
    )
    assert kinds(agree, "place_conflict") == []
    differ = analyse_pair(
        tmp_path / "differ",
        "The port workers' union will hold its congress in Seville on May 12, organisers said.",
        "The port workers' union will hold its congress in the Basque Country on May 12, officials said.",
    )
    [flag] = kinds(differ, "place_conflict")
    assert sorted(c.value for c in flag.claims) == ["Basque Country", "Seville"]


def test_a_winning_margin_is_not_a_vote_tally(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Councillor Ines Markovic finished with 8,412 votes to 8,398 for her rival, the county clerk said.",
        "Ines Markovic, whose lead stood at 14 votes after the first count, was declared the winner on Friday.",
    )
    assert kinds(analysis, "number_conflict") == []
    margins = [c for c in analysis.claims if c.kind == "quantity" and c.qualifiers.get("category") == "vote margin"]
    assert [c.value for c in margins] == ["14"]


def test_a_plan_and_the_later_report_of_what_happened_disagree_on_the_date(tmp_path):
    older = ("Marta Ilves and Oona Saar will meet in the final of the Tallinn Open.\n"
             "The final is scheduled for Sunday afternoon at the Kadriorg courts, organisers said.")
    newer = ("The final of the Tallinn Open was played on Monday after rain washed out Sunday's programme, "
             "and Marta Ilves won it in three sets.")
    analysis = reconcile.analyse([write_articles(tmp_path / "moved", {
        "preview": ("outlet: Baltic Sport Wire\npublished: 2026-04-11", older),
        "report": ("outlet: Tallinn Evening Post\npublished: 2026-04-14", newer),
    })])
    [flag] = kinds(analysis, "date_conflict")
    assert sorted(c.value for c in flag.claims) == ["Monday", "Sunday"]
    assert flag.newer_source == "report"
    # Told the other way round (the report older than the preview), they are two events, not a conflict.
    swapped = reconcile.analyse([write_articles(tmp_path / "swapped", {
        "preview": ("outlet: Baltic Sport Wire\npublished: 2026-04-14", older),
        "report": ("outlet: Tallinn Evening Post\npublished: 2026-04-11", newer),
    })])
    assert kinds(swapped, "date_conflict") == []


def test_a_vote_told_with_the_verb_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Residents of the borough will vote on June 14 on whether to ban cars from the old town, the council said.",
        "Residents of the borough will vote on June 21 on whether to ban cars from the old town, officials said.",
    )
    [flag] = kinds(analysis, "date_conflict")
    assert sorted(c.value for c in flag.claims) == ["June 14", "June 21"]


def test_polls_or_markets_closing_are_not_a_closure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Polls closed at 10pm on Thursday and counting began at the town hall in Hale.",
        "Shares in the carmaker closed 3% higher on Friday after the announcement.",
    )
    assert [c for c in analysis.claims if c.kind == "event" and c.subject == "closure"] == []
    plant = analyse_pair(
        tmp_path / "plant",
        "The company will close its engine plant in Valencia in June, it said on Monday.",
        "The engine plant in Valencia will close in June, the company said.",
    )
    assert any(c.kind == "event" and c.attribute == "date" and c.value == "June" for c in plant.claims)


def test_votes_counted_is_the_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The count will take place at the leisure centre in Crewe on Friday morning, the council said.",
        "Votes will be counted in Chester on Friday morning, the returning officer said.",
    )
    [flag] = kinds(analysis, "place_conflict")
    assert sorted(c.value for c in flag.claims) == ["Chester", "Crewe"]
    bodies = analyse_pair(
        tmp_path / "bodies",
        "Rescuers counted the bodies in Crewe on Friday morning, the council said.",
        "The count will take place at the leisure centre in Chester on Friday morning, the council said.",
    )
    assert kinds(bodies, "place_conflict") == []


def test_to_be_played_on_saturday_is_the_coming_saturday(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "preview": ("outlet: Baltic Sport Wire\npublished: 2026-03-11",
                    "The final will be played in Riga on Saturday, organisers said."),
        "tickets": ("outlet: Tallinn Evening Post\npublished: 2026-03-12",
                    "The final, to be played on Saturday in Riga, is sold out, organisers said."),
    })])
    dates = {c.source_id: c.norm.as_date() for c in analysis.claims if c.kind == "event" and c.attribute == "date"}
    assert dates == {"preview": dt.date(2026, 3, 14), "tickets": dt.date(2026, 3, 14)}
    assert kinds(analysis, "date_conflict") == []


def test_the_city_of_a_plant_that_will_close(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Vektra's engine plant in Zaragoza will close in March, the company said on Monday.",
        "Vektra will shut its engine plant in Valencia in March, the company said on Monday.",
    )
    [flag] = kinds(analysis, "place_conflict")
    assert sorted(c.value for c in flag.claims) == ["Valencia", "Zaragoza"]


def test_an_increase_is_not_a_total(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Rescuers found three more bodies on Wednesday, bringing the death toll from the floods to 15.",
        "The death toll from the floods rose to 15 on Wednesday, officials said.",
    )
    assert kinds(analysis, "number_conflict") == []
    dead = sorted(c.norm for c in analysis.claims if c.kind == "quantity" and c.qualifiers.get("category") == "dead")
    assert dead == [15, 15]


def test_the_whole_a_part_is_taken_from_is_not_another_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The closure of the Vektra plant will cost 400 jobs, the union said.",
        "The closure will cost 400 of the plant's 1,200 jobs, the union said.",
    )
    assert kinds(analysis, "number_conflict") == []


def test_the_province_of_a_city_name_is_the_province(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The marathon was held in Benidorm on Sunday, organisers said.",
        "The marathon was held in the province of Alicante on Sunday, organisers said.",
    )
    assert kinds(analysis, "place_conflict") == []
    other = analyse_pair(
        tmp_path / "other",
        "The marathon was held in Benidorm on Sunday, organisers said.",
        "The marathon was held in the province of Murcia on Sunday, organisers said.",
    )
    [flag] = kinds(other, "place_conflict")
    assert sorted(c.value for c in flag.claims) == ["Benidorm", "Murcia"]


def test_a_results_list_gives_each_candidate_a_share(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Ana Ruiz won 48.1% in the first round on Sunday, ahead of Ivo Kral with 30.2%, the commission said.",
        "The election goes to a run-off on May 3.\n"
        "Preliminary results: Ana Ruiz (Greens) 48.1%; Ivo Kral (Civic Union) 30.2%; Petra Holm (independent) 9.6%.",
    )
    shares = {(c.qualifiers.get("holder"), c.value) for c in analysis.claims
              if c.kind == "quantity" and c.qualifiers.get("category") == "vote share" and c.source_id == "second"}
    assert ("Ivo Kral", "30.2%") in shares and ("Petra Holm", "9.6%") in shares
    [single] = kinds(analysis, "single_source")
    assert single.claims[0].value == "9.6%"
    # Business results are not a vote.
    business = analyse_pair(
        tmp_path / "business",
        "Full-year results: revenue rose 9.6% to $2.1 billion, the company said.",
        "The company's revenue rose to $2.1 billion, it said.",
    )
    assert not [c for c in business.claims if c.qualifiers.get("category") == "vote share"]


def test_a_place_slot_holding_the_name_of_a_person_named_in_full_is_no_place():
    from reconcile.align import Group
    from reconcile.compare import compare
    from reconcile.models import Claim, Entity, Mention

    def place(source: str, value: str) -> Claim:
        return Claim(source_id=source, kind="event", subject="vote", attribute="place", value=value, start=0,
                     end=len(value), sentence="", sentence_start=0, value_type="place", norm=value.lower())

    person = Entity(id="p", label="PERSON", name="Chikondi Mvulaza",
                    mentions=[Mention("b", "Chikondi Mvulaza", "PERSON", 0, 16), Mention("b", "Mvulaza", "PERSON", 20, 27)])
    groups = [Group("event", "vote", "vote", "place", [place("a", "Zomba"), place("b", "Mvulaza")])]
    assert compare(sources=[], groups=groups, entities=[person]) == []
    # A lone word the tagger called a person, never named in full, may still be a village.
    lone = Entity(id="q", label="PERSON", name="Mvulaza", mentions=[Mention("b", "Mvulaza", "PERSON", 20, 27)])
    assert [f.kind for f in compare(sources=[], groups=groups, entities=[lone])] == ["place_conflict"]


def test_a_place_the_report_names_is_whom_a_title_before_a_name_serves(tmp_path):
    # a region no gazetteer lists as a country, tagged as a place in the report's next sentence
    analysis = analyse_pair(
        tmp_path,
        '"The trucks need a cheaper crossing," Jubaland Foreign Minister Mart Saar told reporters in Tartu on Monday. '
        "Traders in Jubaland will pay a lower fee.",
        "Mart Saar, Jubaland's Minister of Foreign Affairs and International Cooperation, signed the accord in Tartu "
        "on Monday.",
    )
    assert "Jubaland Foreign Minister" in [c.value for c in analysis.claims if c.value_type == "title"]
    assert flagged(analysis, "title_conflict") == []

"""Linking the names of one person or organisation within and across reports.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

import textwrap

import pytest

import reconcile
from reconcile.labels import relabel_surnames
from reconcile.models import Mention
from reconcile.normalize.names import same_person
from reconcile.organisations import inside, organisations


def analyse(tmp_path, articles: dict[str, str]):
    for i, (outlet, body) in enumerate(articles.items()):
        (tmp_path / f"{i:02d}.md").write_text(
            f"---\noutlet: {outlet}\npublished: 2026-05-{10 + i:02d}\n---\n{textwrap.dedent(body).strip()}\n",
            encoding="utf-8")
    return reconcile.analyse([tmp_path])


def entity_of(analysis, text: str):
    found = [e for e in analysis.entities if any(m.text == text for m in e.mentions)]
    assert found, f"{text!r} is not a mention: {[[m.text for m in e.mentions] for e in analysis.entities]}"
    return found[0]


def names(entity) -> set[str]:
    return {m.text for m in entity.mentions}


def test_a_club_prefix_belongs_to_the_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Harbour Sports Wire": """
        FC Dornveld have agreed to sell defender Mateusz Kowalik to a club in Austria, the club said on Monday.
        Dornveld did not disclose the fee.
        """,
        "Valley Football Daily": """
        Defender Mateusz Kowalik is leaving FC Dornveld after four seasons, the club confirmed on Tuesday.
        """,
    })
    club = entity_of(analysis, "FC Dornveld")
    assert club.label != "PERSON"
    assert {"FC Dornveld", "Dornveld"} <= names(club)


def test_a_given_name_alone_is_the_one_person_with_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Riverside Herald": """
        Councillor Marisol Fenwick won the mayoral race in Ashcombe on Tuesday, officials said.
        Her opponent, Gregor Lindqvist, conceded on Wednesday morning.
        "Marisol ran a fair campaign and I wish her well," Lindqvist told supporters.
        """,
    })
    fenwick = entity_of(analysis, "Marisol Fenwick")
    assert "Marisol" in names(fenwick)
    assert "Gregor Lindqvist" not in names(fenwick)


def test_an_office_word_is_not_part_of_a_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Riverside Herald": "Councilor Marisol Fenwick won the mayoral race in Ashcombe on Tuesday, officials said.",
        "Valley Courier": "Marisol Fenwick, a city councilor, won the race for mayor of Ashcombe on Tuesday.",
    })
    person = entity_of(analysis, "Marisol Fenwick")
    assert all(not m.text.startswith("Councilor") for m in person.mentions)
    assert {m.source_id for m in person.mentions} == {"00", "01"}


def test_a_given_name_shared_by_two_people_is_left_alone():
    mentions = [Mention("a", "Anna Berg", "PERSON", 0, 9), Mention("a", "Anna Lunde", "PERSON", 20, 30),
                Mention("a", "Anna", "PERSON", 40, 44)]
    from reconcile.people import people_clusters

    keys = people_clusters(mentions)
    assert keys[("a", "Anna")] not in (keys[("a", "Anna Berg")], keys[("a", "Anna Lunde")])


def test_a_venue_named_after_a_town_spelled_two_ways_is_one_venue():
    # "Viljandi City Hall" and "Fellin City Hall": the town's two names the gazetteer knows for one town.
    keys = organisations([Mention("a", "Viljandi City Hall", "PLACE", 0, 18),
                          Mention("b", "Fellin City Hall", "PLACE", 0, 16),
                          Mention("b", "Viljandi Sports Hall", "PLACE", 30, 50)])
    assert keys["Viljandi City Hall"] == keys["Fellin City Hall"] != keys["Viljandi Sports Hall"]


def test_a_trailing_short_form_names_the_one_longer_organisation():
    forms = ["Kelmscott Rovers", "Rovers", "Philippine Senate", "Senate", "Marrow County Elections Office",
             "Office"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["Rovers"] == keys["Kelmscott Rovers"]
    assert keys["Senate"] == keys["Philippine Senate"]
    # Two longer names end with it: which one is meant cannot be told.
    two = organisations([Mention("a", f, "ORG", 0, len(f)) for f in ("Supreme Court", "District Court", "Court")])
    assert two["Court"] not in (two["Supreme Court"], two["District Court"])


def test_a_ground_called_by_the_first_words_of_its_name_is_that_ground():
    forms = ["Ruwaki National Stadium", "Ruwaki", "Velmoor Park Arena", "Velmoor Park", "Velmoor Park Hospital"]
    keys = organisations([Mention("a", f, "PLACE", 0, len(f)) for f in forms])
    assert keys["Ruwaki"] == keys["Ruwaki National Stadium"]
    assert keys["Velmoor Park"] == keys["Velmoor Park Arena"]
    # A hospital is another thing than the ground whose first words it shares.
    assert keys["Velmoor Park"] != keys["Velmoor Park Hospital"]


def test_a_short_form_is_not_of_a_name_that_joins_it_to_another_body():
    # "Kestrel Ardmore Dairies" is the dairy renamed after its buyer: "Kestrel" alone is the buyer.
    forms = ["Kestrel Foods", "Kestrel Ardmore Dairies", "Ardmore Dairies", "Kestrel"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["Kestrel"] == keys["Kestrel Foods"]
    assert keys["Kestrel"] != keys["Kestrel Ardmore Dairies"]
    # Without the other body's own name, the two longer names stay a choice that cannot be made.
    two = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms if f != "Ardmore Dairies"])
    assert two["Kestrel"] not in (two["Kestrel Foods"], two["Kestrel Ardmore Dairies"])


def test_inside_needs_a_run_of_words_after_others_and_no_new_institution():
    assert inside(["bankruptcy", "court"], "u s bankruptcy court for the district of delaware".split())
    assert not inside(["rovers"], ["rovers"])
    assert not inside(["marrow", "county"], ["marrow", "county", "elections", "office"])
    assert not inside(["county"], ["marrow", "county", "elections", "office"])


def test_a_short_form_keeping_every_letter_of_a_name_in_capitals_is_that_name():
    forms = ["RC Oujda", "RCO", "AS Kairouan Olympique", "Kairouan Olympique", "ASKO", "BBC News", "BBCN", "CS Sfax",
             "Club Sportif Sfaxien"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["RCO"] == keys["RC Oujda"]
    assert keys["ASKO"] == keys["AS Kairouan Olympique"]
    assert keys["BBCN"] == keys["BBC News"]
    assert keys["RCO"] != keys["CS Sfax"]


def test_a_name_called_a_party_in_most_reports_is_an_organisation():
    mentions = [Mention("a", "Narodna Sloga", "ORG", 0, 13), Mention("b", "Narodna Sloga", "ORG", 0, 13),
                Mention("c", "Narodna Sloga", "PERSON", 0, 13), Mention("c", "Vesna Horvat", "PERSON", 20, 32)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("c", "Narodna Sloga")] == "ORG"
    assert labels[("c", "Vesna Horvat")] == "PERSON"
    # Someone of that name who holds an office or is quoted stays a person.
    kept = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions, {"Narodna Sloga"})}
    assert kept[("c", "Narodna Sloga")] == "PERSON"


def test_a_name_followed_by_party_is_an_organisation(tmp_path):
    analysis = analyse(tmp_path, {
        "Steppe Wire": """
        Voters backed the Ak Zhol Birligi party in most districts, the election commission said on Sunday.
        Ak Zhol Birligi won 41 of the 90 seats.
        """,
    })
    party = entity_of(analysis, "Ak Zhol Birligi")
    assert party.label == "ORG"


def test_a_name_in_brackets_after_an_organisation_is_another_name_of_it():
    from reconcile.models import Source
    from reconcile.organisations import parenthesised_aliases

    text = "Asel Omurova, who leads the Ak Zhol Birligi (United Path) party, and Taalai Beishenov (Kelechek) spoke."
    mentions = [Mention("a", "Ak Zhol Birligi", "ORG", text.index("Ak Zhol"), text.index(" (United")),
                Mention("a", "United Path", "ORG", text.index("United Path"), text.index(") party")),
                Mention("a", "Taalai Beishenov", "PERSON", text.index("Taalai"), text.index(" (Kelechek")),
                Mention("a", "Kelechek", "ORG", text.index("Kelechek"), text.index(") spoke"))]
    aliases = parenthesised_aliases([Source("a", text)], mentions)
    # The party's two names are one; a person followed by his party in brackets is not his party.
    assert aliases == [("Ak Zhol Birligi", "United Path")]
    keys = organisations(mentions, aliases)
    assert keys["Ak Zhol Birligi"] == keys["United Path"] != keys["Kelechek"]


@pytest.mark.parametrize("company, short", [
    ("Hollins Vane Logistics", "Hollins Vane"),  # the first words of a company's name
    ("Pesquera Loma Blanca", "Loma Blanca"),  # its name without the word for its trade
])
def test_a_person_like_name_inside_a_company_name_is_the_company(company, short):
    mentions = [Mention("a", company, "ORG", 0, len(company)), Mention("b", short, "PERSON", 0, len(short)),
                Mention("b", "Ada Morrow", "PERSON", 20, 30)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("b", short)] == "ORG" and labels[("b", "Ada Morrow")] == "PERSON"
    keys = organisations([m for m in relabel_surnames(mentions) if m.label == "ORG"])
    assert keys[short] == keys[company]
    # Quoted, it is still the company ("Hollins Vane said in a statement"); given an office, it is a person.
    quoted = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions, {short})}
    assert quoted[("b", short)] == "ORG"
    kept = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions, {short}, {short})}
    assert kept[("b", short)] == "PERSON"


def test_a_person_named_after_a_people_s_word_taken_for_a_body_is_still_the_person():
    # "Estonian Kertu Lepik", taken whole for a body in one report, does not make "Kertu Lepik" of the other reports
    # a body's short name, as "Pesquera Loma Blanca" makes "Loma Blanca" one.
    mentions = [Mention("a", "Estonian Kertu Lepik", "ORG", 0, 20), Mention("b", "Kertu Lepik", "PERSON", 0, 11),
                Mention("b", "Lepik", "PERSON", 30, 35), Mention("c", "Kertu Lepik", "PERSON", 0, 11)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("b", "Kertu Lepik")] == labels[("c", "Kertu Lepik")] == "PERSON"


def test_a_name_that_starts_with_an_organisation_written_alone_is_that_organisation():
    # "Brantholm" alone is a company's short name; "Brantholm Fiskeri", its name in its own language, taken for a
    # person's, is the same company. A person whose surname it is keeps her name.
    mentions = [Mention("a", "Brantholm", "ORG", 0, 9), Mention("a", "Brantholm Seafood", "ORG", 20, 37),
                Mention("b", "Brantholm Fiskeri", "PERSON", 0, 17), Mention("b", "Ida Vessel", "PERSON", 30, 40)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("b", "Brantholm Fiskeri")] == "ORG" and labels[("b", "Ida Vessel")] == "PERSON"
    with_surname = mentions + [Mention("c", "Jonas Brantholm", "PERSON", 0, 15)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(with_surname)}
    assert labels[("b", "Brantholm Fiskeri")] == "PERSON"


def test_the_sea_named_by_its_adjective_alone(tmp_path):
    analysis = analyse(tmp_path, {
        "Northern Shipping Wire": """
        Ministers of the Aegean Sea states met in Piraeus on Tuesday to discuss ferry safety.
        Most of the ferries crossing the Aegean are more than twenty years old, the ministers said.
        """,
    })
    sea = entity_of(analysis, "Aegean Sea")
    assert "Aegean" in names(sea)


def test_county_council_written_short_and_a_city_before_based(tmp_path):
    analysis = analyse(tmp_path, {
        "Leinster Courier": """
        Wicklow County Council lost its appeal in the Court of Appeal on Tuesday.
        The Bray-based builder Corrib Homes had challenged the council's refusal of planning permission.
        """,
        "Dublin Legal Wire": """
        The Court of Appeal dismissed an appeal by Wicklow Co Council on Tuesday, a ruling welcomed by WCC's critics.
        """,
    })
    council = entity_of(analysis, "Wicklow County Council")
    assert {"Wicklow Co Council", "WCC"} <= names(council)
    assert entity_of(analysis, "Bray").label == "PLACE"


def test_a_describing_noun_before_a_name_is_not_part_of_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Costa Sport": "Organiser Pau Ferrer praised the volunteers after the race in Alicante on Sunday.",
        "Levante Daily": "Pau Ferrer, who has run the race since 2015, praised the volunteers on Sunday.",
    })
    person = entity_of(analysis, "Pau Ferrer")
    assert names(person) == {"Pau Ferrer"}
    assert {m.source_id for m in person.mentions} == {"00", "01"}


def test_a_day_the_tagger_took_into_a_name_is_cut_off(tmp_path):
    analysis = analyse(tmp_path, {
        "Shire Post": """
        The new member for Ollerby took her seat in the Commons on Monday after a recount.
        She told the House of Commons she would fight for the town's bus routes.
        """,
    })
    texts = {m.text for e in analysis.entities for m in e.mentions}
    assert not any(" on Monday" in t for t in texts), texts


def test_a_name_joined_by_a_lower_case_particle_is_one_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Alpine Wire": """
        The Unione Nazionale Operai del Legno Lavorato (UNOLL) called a strike at the sawmills on Friday.
        UNOLL said 800 workers would take part.
        """,
    })
    union = entity_of(analysis, "UNOLL")
    assert "Unione Nazionale Operai del Legno Lavorato" in names(union)


def test_a_city_naming_a_site_is_found_when_the_tagger_misses_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Iberian Business Wire": """
        Tervolt Components will close its factory in Zaragoza next year, cutting 600 jobs, the company said on
        Monday.
        """,
        "Motor Trade Weekly": """
        Tervolt Components will shut its Pamplona plant next year, with the loss of 600 jobs.
        """,
    })
    places = [f for f in analysis.flags if f.kind == "place_conflict"]
    assert len(places) == 1
    assert {c.value for c in places[0].claims} == {"Zaragoza", "Pamplona"}


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Ljupco Mitevski", "Љупчо Митевски"),  # Macedonian
    ("Yerlan Kelvobekov", "Ерлан Келвобеков"),
    ("Daniyar Kelvokali", "Данияр Келвоқали"),  # Kazakh letters the Russian alphabet lacks
])
def test_a_name_in_cyrillic_is_a_person_and_a_spelling_variant(tmp_path, latin, cyrillic):
    analysis = analyse(tmp_path, {
        "Lakeside Wire": f"""
        {latin} of the Green Path party won 38 percent of the vote, the commission said on Monday.
        """,
        "Ohrid Courier": f"""
        The opposition candidate {latin} ({cyrillic} in the local press) took 38 percent of the vote in the first
        round.
        """,
    })
    person = entity_of(analysis, latin)
    assert cyrillic in names(person)
    assert any(f.kind == "name_variant" for f in analysis.flags)


def test_a_surname_written_with_j_or_y_is_one_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Lakeside Wire": "Milena Bojkovska, the deputy mayor, said the new bus lanes would open in May.",
        "Danube Radio": "Deputy mayor Milena Boykovska said on Tuesday that the bus lanes would open in May.",
    })
    assert names(entity_of(analysis, "Milena Bojkovska")) >= {"Milena Bojkovska", "Milena Boykovska"}


def test_a_driver_of_a_team_after_his_country_s_is_a_person_whatever_the_tagger_said(tmp_path):
    # The tagger takes "Thibault Declercq of" for a body, and the team's name for another; the driver after
    # "Belgium's" and before "of" and a team is a person, spelled another way in the other report.
    analysis = analyse(tmp_path, {
        "Rally Wire": """
        MARSTADT, March 19 - Eetu Virtanen of Kelvo Motorsport led the rally by 18.2 seconds after Friday's six stages.

        Belgium's Thibault Declercq of Orvel Rally Team is second but was handed a 10-second penalty on Friday for
        checking in early, the stewards said. "I was early," Declercq said.
        """,
        "Stage Ledger": "Thibaut Declercq finished second for Orvel, 24 seconds behind the winner. Declercq said he "
                        "was happy.",
    })
    assert names(entity_of(analysis, "Thibault Declercq")) >= {"Thibault Declercq", "Thibaut Declercq"}


def test_a_surname_with_its_vowels_written_otherwise_is_one_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Harbour Wire": "Port Commissioner Javed Mehmood Shaikh said the berths would reopen on Monday.",
        "Evening Live": "Commissioner Javed Mahmood Sheikh says the berths will reopen on Monday.",
    })
    assert names(entity_of(analysis, "Javed Mehmood Shaikh")) >= {"Javed Mehmood Shaikh", "Javed Mahmood Sheikh"}


def test_a_vietnamese_name_keeps_its_first_word_and_its_short_form(tmp_path):
    analysis = analyse(tmp_path, {
        "Mekong Herald": """
        Rescuers worked through the night at the flooded mine. Trịnh Thị Kim Hy, vice chairwoman of the provincial
        committee, visited the site on Monday.
        "We will not stop while anyone may be alive," Hy said.
        """,
    })
    assert {"Trịnh Thị Kim Hy", "Hy"} <= names(entity_of(analysis, "Trịnh Thị Kim Hy"))
    from reconcile.normalize.names import display_key, same_person

    # Written without the diacritics elsewhere, it is the same person spelled another way.
    assert same_person("Trịnh Thị Kim Hy", "Trinh Thi Kim Hy") >= 84
    assert display_key("Trịnh Thị Kim Hy") != display_key("Trinh Thi Kim Hy")


def test_a_particle_surname_alone_is_the_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Gulf Business Wire": """
        Karim El Haddadi, the chief executive of Norvane Freight, said the deal would close in June.
        """,
        "Maghreb Markets": """
        The deal will close in June, El Haddadi told analysts on Tuesday. Norvane Freight shares rose 4 percent.
        """,
    })
    assert "El Haddadi" in names(entity_of(analysis, "Karim El Haddadi"))


def test_a_surname_written_without_its_arabic_article_is_the_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Levant Trade Wire": """
        Trade Minister Yusuf al-Hamdani and his counterpart Faris al-Qudsi met in Amman on Monday. The border
        crossing will reopen in June, Hamdani told reporters after the meeting, and Qudsi said trucks would be
        checked once.
        """,
        "Desert Ledger": "Yusuf al-Hamdani, the trade minister, met Faris al-Qudsi in Amman on Monday.",
    })
    assert "Hamdani" in names(entity_of(analysis, "Yusuf al-Hamdani"))
    qudsi = entity_of(analysis, "Faris al-Qudsi")
    assert "Qudsi" in names(qudsi) and qudsi.label == "PERSON"
    assert "Qudsi" not in names(entity_of(analysis, "Yusuf al-Hamdani"))


def test_a_second_surname_may_be_dropped(tmp_path):
    analysis = analyse(tmp_path, {
        "Andes Wire": """
        A court in Valparaiso on Monday sentenced Hernan Ortega Pinilla, a former port director, to six years.
        """,
        "Pacific Courier": """
        Former port director Hernan Ortega was sentenced to six years on Monday. Ortega will appeal, his lawyer
        said.
        """,
    })
    assert names(entity_of(analysis, "Hernan Ortega Pinilla")) >= {"Hernan Ortega", "Ortega"}


def test_a_body_whose_name_adds_a_regional_office_or_federation_is_another_body():
    forms = ["UN", "United Nations", "United Nations Regional Office for the Andes", "UN Regional Office for the Andes",
             "Polynesia", "Polynesia Rugby Federation"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["UN"] == keys["United Nations"]
    assert keys["United Nations"] != keys["United Nations Regional Office for the Andes"]
    # The acronym spelled out in front of the rest of the name is the same body.
    assert keys["UN Regional Office for the Andes"] == keys["United Nations Regional Office for the Andes"]
    assert keys["Polynesia"] != keys["Polynesia Rugby Federation"]


def test_legal_forms_are_dropped_or_kept_at_will():
    forms = ["Harwen Foods S.A.S.", "Harwen Foods", "Dolomar Hydropower Joint Stock Company", "Dolomar Hydropower"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["Harwen Foods S.A.S."] == keys["Harwen Foods"]
    assert keys["Dolomar Hydropower Joint Stock Company"] == keys["Dolomar Hydropower"]


def test_a_stock_exchange_in_brackets_is_where_a_company_is_listed(tmp_path):
    analysis = analyse(tmp_path, {
        "Markets Brief": """
        - Buyer: Oltenia Cargo
        - Target: Kestrel Freight (Lisbon Stock Exchange)
        - Price: 1.2 billion euros
        """,
        "Iberian Business Wire": """
        Oltenia Cargo agreed to buy Kestrel Freight, which is listed on the Lisbon Stock Exchange, for 1.2 billion
        euros.
        """,
    })
    assert "Lisbon Stock Exchange" not in names(entity_of(analysis, "Kestrel Freight"))


def test_a_person_and_her_party_in_brackets_are_not_one_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Balkan Wire": """
        According to the preliminary results, Milena Radevska (Civic Union) received 44 percent and Petar Ilievski
        (People's Front) 31 percent.
        """,
        "Vardar Radio": """
        Radevska said her supporters had voted for a city that works. Petar Ilievski of the People's Front came
        second.
        """,
    })
    assert "Civic Union" not in names(entity_of(analysis, "Radevska"))


def test_a_river_or_reservoir_named_with_and_without_its_type_word_is_one_place(tmp_path):
    analysis = analyse(tmp_path, {
        "Basin Wire": """
        Officials agreed to release more water from the Velna reservoir this summer.
        Farmers downstream of the Velna say the reservoir has rarely been so low.
        """,
        "Valley Post": "The release from the Velna Reservoir will start in June, the ministry said.",
    })
    feature = entity_of(analysis, "Velna reservoir")
    assert feature.label == "PLACE"
    assert {"Velna reservoir", "Velna Reservoir"} <= names(feature)


def test_a_club_named_before_another_whose_name_ends_in_lakes_is_not_a_lake(tmp_path):
    # "Kelvo Rangers FC and Orvel Lakes SC": "Lakes" there is a word of the second club's name, not the type word
    # of two lakes named together.
    analysis = analyse(tmp_path, {
        "Lakes Sport": "Kelvo Rangers FC and Orvel Lakes SC meet in the cup final on Sunday in Tartu.",
        "Upland Voice": "Kelvo Rangers, the home side, are favourites in Sunday's final against the visitors.",
    })
    club = entity_of(analysis, "Kelvo Rangers FC")
    assert club.label == "ORG"
    assert "Kelvo Rangers" in names(club)


@pytest.mark.parametrize("also_named, joined", [
    ("Officials in Tallinn and Tartu welcomed the plan.", True),
    # A town of the namesake's own country named too: the story may well speak of both.
    ("Officials in Tallinn and Madrid welcomed the plan.", False),
])
def test_a_town_abroad_spelled_nearly_as_a_town_of_the_story_is_that_town(tmp_path, also_named, joined):
    # The gazetteer knows "Nerva" as a small Spanish town; beside "Narva" in a story of Estonian towns, it is
    # Narva spelled another way.
    analysis = analyse(tmp_path, {
        "Inland Courier": "The border crossing at Nerva will close for repairs on Monday, officials in Tallinn said.",
        "Harju Ledger": "The border crossing at Narva will close for repairs on Monday. " + also_named,
    })
    town = entity_of(analysis, "Narva")
    assert ("Nerva" in names(town)) is joined
    assert town.info["country"] == "EE"  # the story's town, though the first report spells it as the town abroad
    assert ([f.kind for f in analysis.flags if f.kind == "name_variant"] == ["name_variant"]) is joined


@pytest.mark.parametrize("second, joined", [
    ("A new well in the village of Orvemaa was opened on Tuesday by the county governor.", True),
    # One report writing both names: two villages.
    ("A new well in the village of Orvemaa was opened on Tuesday, a week after the one in the village of "
     "Orvamaa.", False),
])
def test_a_village_spelled_a_letter_apart_by_two_reports_is_one_village(tmp_path, second, joined):
    analysis = analyse(tmp_path, {
        "Upland Voice": "A new well in the village of Orvamaa was opened on Tuesday by the county governor.",
        "Backwater Daily": second,
    })
    village = [e for e in analysis.entities if any(m.text == "Orvamaa" and m.source_id.startswith("00")
                                                   for m in e.mentions)]
    assert village and ("Orvemaa" in names(village[0])) is joined


def test_a_name_with_the_particle_ag_is_a_person_s_not_a_company_s(tmp_path):
    # "Ag" ("son of") inside a Tuareg name is no "AG" of a company's legal form.
    analysis = analyse(tmp_path, {
        "Court Wire": "Mohamed Ag Erlaf, who led the delegation, said the talks would resume on Friday.",
        "Harju Ledger": "The delegation's leader, Mohamed Ag Erlaf, said the talks would resume on Friday. Ag Erlaf "
                        "did not say where.",
    })
    person = entity_of(analysis, "Mohamed Ag Erlaf")
    assert person.label == "PERSON"
    assert "Ag Erlaf" in names(person)


@pytest.mark.parametrize("full, expected", [
    # Reports of some countries call people by the given name ("Dereje said"), which the tagger may take for a
    # body's name: in a report that names the person in full, it is that person.
    ("Dereje Tolossa", "PERSON"),
    # Not a town's name that starts a club's name read as a person's.
    ("Narva Rangers", "ORG"),
])
def test_a_given_name_alone_tagged_as_a_body_is_the_person_the_report_names_in_full(full, expected):
    short = full.split()[0]
    mentions = [Mention("a", full, "PERSON", 0, len(full)), Mention("a", short, "ORG", 40, 40 + len(short)),
                Mention("b", short, "ORG", 0, len(short))]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("a", short)] == expected
    assert labels[("b", short)] == "ORG"  # a report that never names the person in full


def test_a_river_spelled_two_ways_is_one_river_and_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Delta Wire": "Fishing crews from both banks of the Talouna River met in Senbara on Tuesday.",
        "Coast Post": "Fishing crews from both banks of the Taluna River met in Senbara on Tuesday.",
    })
    river = entity_of(analysis, "Talouna River")
    assert "Taluna River" in names(river)
    assert [f.kind for f in analysis.flags if f.kind == "name_variant"] == ["name_variant"]


def test_a_body_named_after_a_town_spelled_two_ways_is_not_flagged_again_for_the_town(tmp_path):
    analysis = analyse(tmp_path, {
        "Delta Wire": "A court in Kelvára jailed two officials on Friday. They will appeal to the Kelvára Court of "
                      "Appeal, their lawyer said.",
        "Coast Post": "A court in Kelvara jailed two officials on Friday. They will appeal to the Kelvara Court of "
                      "Appeal, their lawyer said.",
    })
    variants = [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"]
    assert variants == [["Kelvara", "Kelvára"]]


def test_korea_alone_is_south_korea():
    from reconcile.normalize.places import gazetteer

    assert gazetteer().lookup("Korea").key == gazetteer().lookup("South Korea").key


def test_a_middle_name_left_out_is_not_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Valley Wire": "Provincial minister Tariq Hamid Qureshi visited the camps on Tuesday.",
        "Hill Times": "Provincial minister Tariq Qureshi said more tents were on the way.",
    })
    assert [f for f in analysis.flags if f.kind == "name_variant"] == []


def test_a_given_name_left_out_is_the_person_and_not_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Valley Wire": "District officer Sajid Karim Baloch visited the camps on Tuesday. Baloch said tents had come.",
        "Hill Times": "Karim Baloch, the district officer, said on Wednesday that more tents were on the way.",
    })
    assert names(entity_of(analysis, "Karim Baloch")) >= {"Sajid Karim Baloch", "Karim Baloch"}
    assert [f for f in analysis.flags if f.kind == "name_variant"] == []


def test_a_named_storm_is_one_entity_however_it_is_written(tmp_path):
    analysis = analyse(tmp_path, {
        "Pacific Wire": "Tropical Cyclone Meriko made landfall on the island of Ambae late on Sunday.",
        "Island Radio": "Cyclone Meriko flattened gardens across Ambae. Meriko weakened on Monday.",
    })
    storm = entity_of(analysis, "Cyclone Meriko")
    assert storm.label == "EVENT"
    assert names(storm) >= {"Tropical Cyclone Meriko", "Cyclone Meriko", "Meriko"}


def test_an_area_written_with_and_without_its_type_word_is_one_place(tmp_path):
    analysis = analyse(tmp_path, {
        "Coast Wire": "Floods cut roads across Varuna province on Tuesday, the governor said.",
        "Delta Daily": "In Varuna, rescuers reached three villages cut off by the water.",
    })
    assert names(entity_of(analysis, "Varuna province")) >= {"Varuna province", "Varuna"}


def test_a_town_or_island_written_with_its_type_word_is_the_place_but_a_city_named_so_is_not_the_country(tmp_path):
    analysis = analyse(tmp_path, {
        "Lake Wire": "A ferry capsized off Ukerewe Island on Thursday, police in Musoma city said.",
        "Lake Daily": "Divers searched the water off Ukerewe as relatives waited in Musoma.",
        "Gulf Wire": "The envoy flew from Kuwait City to Mexico City on Friday. Mexico has backed the talks.",
    })
    assert names(entity_of(analysis, "Ukerewe Island")) >= {"Ukerewe Island", "Ukerewe"}
    assert names(entity_of(analysis, "Musoma city")) >= {"Musoma city", "Musoma"}
    assert "Mexico" not in names(entity_of(analysis, "Mexico City"))  # the city, not the country


@pytest.mark.parametrize("kind", ["village", "town", "peninsula", "islands"])
def test_a_place_named_with_and_without_the_word_for_its_kind_is_one_place(tmp_path, kind):
    analysis = analyse(tmp_path, {
        "Laterite Wire": f"""
        Floodwater cut off Vellarada {kind} on Monday, and some 400 people were moved to a school, officials said.
        """,
        "Backwater Daily": """
        Rescuers in boats reached Vellarada on Monday evening and took 400 people to a school on higher ground.
        """,
    })
    assert "Vellarada" in names(entity_of(analysis, f"Vellarada {kind}"))


def test_an_acronym_of_the_name_in_its_own_language_and_a_country_by_its_official_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Andes Wire": "The National Electoral Council said on Thursday that turnout in Lebanon was low.",
        "Altiplano Post": "The CNE published the results. Observers from the Republic of Lebanon watched the count.",
    })
    assert names(entity_of(analysis, "National Electoral Council")) >= {"National Electoral Council", "CNE"}
    assert names(entity_of(analysis, "Lebanon")) >= {"Lebanon", "Republic of Lebanon"}


def test_a_body_named_in_lower_case_or_in_another_word_order_is_the_named_body(tmp_path):
    analysis = analyse(tmp_path, {
        "Lake Wire": """
        The labour ministry said on Monday it would mediate. The ministry gave no date.
        The Production Ministry will meet the union in May, a six-member council said.
        """,
        "Lake Daily": """
        The Ministry of Labour will mediate between the union and the company.
        The Ministry of Production has set no date.
        """,
    })
    assert names(entity_of(analysis, "labour ministry")) >= {"labour ministry", "Ministry of Labour"}
    assert entity_of(analysis, "Production Ministry") is entity_of(analysis, "Ministry of Production")
    # "The ministry" alone says which ministry no more than "a six-member council" names a body.
    assert not [m for e in analysis.entities for m in e.mentions if m.text in ("ministry", "member council")]


def test_the_middle_name_of_three_is_a_surname_that_may_stand_alone(tmp_path):
    analysis = analyse(tmp_path, {
        "Andes Wire": "Judge Rosaura Villanueva Ticona read the ruling in Cusco on Thursday.",
        "Sierra Daily": "The ruling was read by Villanueva, the presiding judge, on Thursday.",
    })
    assert entity_of(analysis, "Villanueva").label == "PERSON"
    assert entity_of(analysis, "Villanueva") is entity_of(analysis, "Rosaura Villanueva Ticona")


def test_a_full_name_tagged_as_an_organisation_is_the_person_its_surname_names(tmp_path):
    # The small English model often tags a name with diacritics as an organisation; a dateline can run into it.
    analysis = analyse(tmp_path, {
        "Kelvo Wire": """
        ZENICA - Edin Muratović is no longer champion. Muratović said he would fight again.
        """,
        "Sarajevo Daily": """
        Edin Muratovic lost his title on Saturday. Muratovic said little afterwards.
        """,
    })
    person = entity_of(analysis, "Edin Muratović")
    assert person.label == "PERSON" and person is entity_of(analysis, "Edin Muratovic")
    assert {tuple(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"} == {
        ("Edin Muratović", "Edin Muratovic")}


def test_a_name_set_beside_an_office_is_a_person_whatever_the_tagger_said(tmp_path):
    analysis = analyse(tmp_path, {
        "Delta Wire": """
        Speaking at the site, the Executive Secretary of the agency, Adaeze Onwuka, said the search would go on.
        "There are people alive under the concrete and we will reach them," she said.
        """,
        "Niger Courier": """
        "There are people alive under the rubble and we will reach them," said Adaeze Onwuka, the agency's head.
        """,
    })
    assert entity_of(analysis, "Adaeze Onwuka").label == "PERSON"
    [flag] = [f for f in analysis.flags if f.kind == "quote_mismatch"]
    assert {c.subject for c in flag.claims} == {"Adaeze Onwuka"}


def test_a_hyphenated_given_name_the_tagger_cut_is_the_whole_name():
    import datetime as dt

    from spacy.tokens import Span

    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = "Mirae chief executive Seo Ji-hoon said the plant would open in 2028."
    doc = load_model()(text)
    start = [t.text for t in doc].index("Seo")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]  # "Seo Ji": how the tagger cuts some such names
    ctx = DocContext(Source(id="s", text=text, path="s", published=dt.datetime(2027, 1, 5)), doc)
    assert [e.text for e in ctx.ents if e.label == "PERSON"] == ["Seo Ji-hoon"]


def test_a_company_name_goes_on_to_its_legal_form(tmp_path):
    analysis = analyse(tmp_path, {
        "Central Europe Wire": """
        The plant is operated by Vltavské barvy a.s., a maker of paints and varnishes, which said on Monday that
        production would resume within a month.
        """,
        "Nordic Markets": """
        Fjordvik Seafood agreed on Tuesday to buy Havrand ASA, a salmon farmer, for 4.1 billion crowns.
        Shareholders of Havrand will vote on the offer in June.
        """,
    })
    paints = entity_of(analysis, "Vltavské barvy a.s.")
    assert paints.label == "ORG"
    farmer = entity_of(analysis, "Havrand ASA")
    assert farmer.label == "ORG" and "Havrand" in names(farmer)


@pytest.mark.parametrize("name", ["Thien An Port Investment JSC", "Havrand ASA", "Tonle Sap Logistics Tbk",
                                  "Banco Andino Ltda"])
def test_a_legal_form_makes_a_name_an_organisations(name):
    from reconcile.extract.spans import org_word_in

    assert org_word_in(name)


def test_a_river_named_alone_in_one_report_is_the_river_another_names(tmp_path):
    analysis = analyse(tmp_path, {
        "Basin Wire": "Floodwater from the Urvekh River reached the outskirts of Dolnik on Sunday, officials said.",
        "Valley Post": "The Urvekh burst its banks on Sunday and the water reached the outskirts of Dolnik.",
    })
    river = entity_of(analysis, "Urvekh River")
    assert river.label == "PLACE" and "Urvekh" in names(river)
    assert "Dolnik" not in names(river)


def test_a_city_of_the_name_of_a_river_stays_the_city(tmp_path):
    analysis = analyse(tmp_path, {
        "Volga Wire": "Water from the Samara River flooded fields on Sunday, officials said.",
        "Regional Post": "Officials met in Samara on Monday to discuss the flooding.",
    })
    assert "Samara" not in names(entity_of(analysis, "Samara River"))
    assert entity_of(analysis, "Samara").label == "PLACE"


def test_a_short_name_of_short_words_inside_one_longer_name_is_that_body():
    mentions = [Mention("a", "Vesland Red Cross", "ORG", 0, 17), Mention("b", "Red Cross", "ORG", 0, 9),
                Mention("b", "Red Sea Ports Authority", "ORG", 20, 43)]
    keys = organisations(mentions)
    assert keys["Red Cross"] == keys["Vesland Red Cross"] != keys["Red Sea Ports Authority"]


def test_a_district_or_division_of_a_body_is_not_the_body():
    mentions = [Mention("a", "Coast Guard District Eastern Isles", "ORG", 0, 34), Mention("b", "Coast Guard", "ORG", 0, 11)]
    keys = organisations(mentions)
    assert keys["Coast Guard"] != keys["Coast Guard District Eastern Isles"]
    # A division named in the middle of a longer name is still what the shorter name says.
    court = organisations([Mention("a", "Fraud Division of the High Court", "ORG", 0, 32),
                            Mention("b", "Fraud Court", "ORG", 0, 11)])
    assert court["Fraud Court"] == court["Fraud Division of the High Court"]


def test_an_electoral_commission_is_the_election_commission():
    forms = ["Municipal Election Commission", "municipal electoral commission", "municipal commission",
             "Central Election Commission"]
    keys = organisations([Mention("a", f, "ORG", 0, len(f)) for f in forms])
    assert keys["Municipal Election Commission"] == keys["municipal electoral commission"] == keys["municipal commission"]
    assert keys["Central Election Commission"] != keys["municipal commission"]


def test_a_body_described_in_lower_case_has_no_spelling_variant():
    from reconcile.models import Entity
    from reconcile.name_variants import _spelling_variants

    described = Entity("e", "ORG", "municipal election commission", [
        Mention("a", "municipal election commission", "ORG", 0, 29),
        Mention("b", "municipal electoral commission", "ORG", 0, 30)])
    assert _spelling_variants(described) == []
    named = Entity("f", "ORG", "Dnipro Rivers Authority", [
        Mention("a", "Dnipro Rivers Authority", "ORG", 0, 23), Mention("b", "Dnepr Rivers Authority", "ORG", 0, 22)])
    assert len(_spelling_variants(named)) == 2


def test_an_islands_adjective_is_no_spelling_of_its_name():
    from reconcile.models import Entity
    from reconcile.name_variants import _spelling_variants

    islands = Entity("g", "PLACE", "Orvelands", [
        Mention("a", "Orvelands", "PLACE", 0, 9), Mention("b", "Orvelandese", "PLACE", 0, 11)])
    assert _spelling_variants(islands) == []
    spelled = Entity("h", "PLACE", "Orvelands", [
        Mention("a", "Orvelands", "PLACE", 0, 9), Mention("b", "Orwelands", "PLACE", 0, 9)])
    assert len(_spelling_variants(spelled)) == 2


def test_a_city_in_the_script_of_a_russian_report_is_not_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Caucasus Wire": "The two ministers met in Rustavi on Tuesday to discuss the border crossing.",
        "Kavkaz Daily": "Министры встретились во вторник в Рустави, чтобы обсудить пограничный переход.",
    })
    assert names(entity_of(analysis, "Rustavi")) >= {"Rustavi", "Рустави"}
    assert [f for f in analysis.flags if f.kind == "name_variant"] == []


def test_a_surname_that_is_another_name_of_a_city_abroad_is_still_a_person_s(tmp_path):
    analysis = analyse(tmp_path, {
        "Savannah Wire": "ILORIN, Nigeria, May 14 - The race is seen as a contest between Musa Bello Adamu of the "
                         "Renewal Party and Amina Sani Mosi of the People's Front, a lawyer, according to analysts.",
        "Guinea Savannah Post": "Amina Sani Mosi said on Sunday that her party would accept the result.",
    })
    assert entity_of(analysis, "Amina Sani Mosi").label == "PERSON"


def test_a_name_in_its_own_script_in_brackets_is_the_same_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Han River Wire": "Prosecutors sought seven years in prison for Jung Min-ho (정민호), the founder of a "
                          "shipping firm, on Monday.",
        "Tbilisi Courier": "Deputy minister Nino Beridze (ნინო ბერიძე), a lawyer by training, led the delegation.",
        "Lanka Wire": "District Secretary Kamal Perera (කමල් පෙරේරා) said the relief camps were full on Monday.",
        "Dhaka Ledger": "Former mill director Rafiqul Islam Sarkar (রফিকুল ইসলাম সরকার) was jailed on Sunday.",
        "Kansai Post": "Jung Min-ho denied the charges. Nino Beridze said the talks had gone well. Kamal Perera "
                       "visited the camps. Rafiqul Islam Sarkar will appeal.",
    })
    assert names(entity_of(analysis, "Jung Min-ho")) >= {"Jung Min-ho", "정민호"}
    assert names(entity_of(analysis, "Nino Beridze")) >= {"Nino Beridze", "ნინო ბერიძე"}
    # Sinhala and Bengali, scripts of South Asia
    assert names(entity_of(analysis, "Kamal Perera")) >= {"Kamal Perera", "කමල් පෙරේරා"}
    assert names(entity_of(analysis, "Rafiqul Islam Sarkar")) >= {"Rafiqul Islam Sarkar", "রফিকুল ইসলাম সরকার"}


def test_a_name_in_a_south_asian_script_is_a_name_without_a_latin_one_beside_it(tmp_path):
    # a local outlet writing the name in its own script only: the consonants link it to the romanised name
    analysis = analyse(tmp_path, {
        "Upcountry Ledger": "Health minister Nilani Sivapalan said the ward would be rebuilt.",
        "Highland Evening Post": "The health minister, நிலானி சிவபாலன், came to the hospital on Saturday.",
    })
    assert "நிலானி சிவபாலன்" in names(entity_of(analysis, "Nilani Sivapalan"))


def test_a_whole_name_in_hangul_or_chinese_characters_is_a_name_variant_of_the_latin_form(tmp_path):
    analysis = analyse(tmp_path, {
        "Han River Wire": "The deal was signed by Seoyeon Marine chief executive Jung Min-ho (정민호) on Monday.",
        "Taipei Ledger": "Investor Chen Wei-lun (陳偉倫) bought a stake in the shipyard last year.",
        "Kansai Post": "Jung Min-ho signed the deal with Chen Wei-lun on Monday.",
    })
    variants = [{c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]
    assert {"Jung Min-ho", "정민호"} in variants
    assert {"Chen Wei-lun", "陳偉倫"} in variants


def test_a_name_of_four_words_in_arabic_script_is_one_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Gulf Ledger": "Minister of State خالد بن سالم العتيبي hosted the delegations in Doha on Sunday.",
        "Meridian Wire": "Khalid bin Salem Al-Otaibi hosted the two delegations on Sunday.",
    })
    assert names(entity_of(analysis, "Khalid bin Salem Al-Otaibi")) >= {"Khalid bin Salem Al-Otaibi",
                                                                         "خالد بن سالم العتيبي"}


def test_a_country_by_its_other_name_is_the_country_and_not_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Black Sea Wire": "Turkey and Georgia agreed on Tuesday to share data on the river's flow.",
        "Karadeniz Daily": "Türkiye will send hydrologists to the joint station, the ministry said.",
    })
    assert names(entity_of(analysis, "Turkey")) >= {"Turkey", "Türkiye"}
    assert [f for f in analysis.flags if f.kind == "name_variant"] == []


@pytest.mark.parametrize(("articles", "name", "expected"), [
    pytest.param({"Panay Tribune": "Reynaldo Alvarado, the provincial board member, won the special election.",
                  "Radyo Iloilo": "Rey Alvarado thanked his supporters in Roxas City on Tuesday night."},
                 "Reynaldo Alvarado", {"Reynaldo Alvarado", "Rey Alvarado"}, id="given-name-cut-short"),
    pytest.param({"Kyushu Sports": "Fog rolled in from the bay after an hour. Referee Nishida waved the teams off the "
                                   "pitch.",
                  "Tokyo Chronicle": "The match official, Takuya Nishida, stopped play as the fog thickened."},
                 "Takuya Nishida", {"Takuya Nishida", "Nishida"}, id="office-before-a-surname"),
    pytest.param({"Orvel Wire": "The agreement was signed by Orvel chief executive Gianluca Dell'Orvo on Monday.",
                  "Arvel Daily": "Gian Luca Dell'Orvo, the head of Orvel, signed the deal on Monday."},
                 "Gianluca Dell'Orvo", {"Gianluca Dell'Orvo", "Gian Luca Dell'Orvo"}, id="elided-particle"),
])
def test_a_person_named_in_other_words_is_one_person(tmp_path, articles, name, expected):
    # a given name cut short; an office before a surname, which is no part of a body's name; a surname with an
    # elided particle, part of the name
    assert names(entity_of(analyse(tmp_path, articles), name)) >= expected


def test_a_name_in_greek_letters_in_brackets_is_the_person_written_in_another_script(tmp_path):
    analysis = analyse(tmp_path, {
        "Lake Herald": "The museum reopens on Saturday, when Culture Minister Irini Dourida (Ειρήνη Δουρίδα) is "
                       "expected to cut the ribbon.",
        "Hellenic Wire": "Culture Minister Irini Dourida will attend the reopening on Saturday.",
    })
    assert names(entity_of(analysis, "Irini Dourida")) >= {"Irini Dourida", "Ειρήνη Δουρίδα"}
    [flag] = [f for f in analysis.flags if f.kind == "name_variant"]
    assert {c.value for c in flag.claims} == {"Irini Dourida", "Ειρήνη Δουρίδα"}


def test_a_lower_case_word_the_tagger_takes_for_a_person_is_no_one(tmp_path):
    analysis = analyse(tmp_path, {
        "Steppe Wire": """
            TASHKENT, Nov 2 (CASW) - Two clubs will meet in the final of the Velmar Cup on Saturday, the Velmar
            Football Federation (VFF) said on Monday.

            The VFF said kick-off would be at 5pm local time.
            """,
        "Cup Daily": "The Velmar Football Federation confirmed the date of the final on Tuesday.",
    })
    assert not any(m.text == "kick-off" for e in analysis.entities for m in e.mentions)
    federation = entity_of(analysis, "VFF")
    assert federation.label == "ORG"
    assert {m.text for m in federation.mentions} == {"VFF", "Velmar Football Federation"}


def _repaired_people(text: str, person: str) -> list[str]:
    """The people a source's repaired entities give when the tagger marked ``person`` (a run of words) alone."""
    import datetime as dt

    from spacy.tokens import Span

    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    doc = load_model()(text)
    start = text.index(person)
    span = doc.char_span(start, start + len(person))
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    ctx = DocContext(Source(id="s", text=text, path="s", published=dt.datetime(2027, 1, 5)), doc)
    return [e.text for e in ctx.ents if e.label == "PERSON"]


@pytest.mark.parametrize("text, tagged, person", [
    ("Madam Efua Ansah conceded on Sunday.", "Madam Efua Ansah", "Efua Ansah"),
    ("Hon. Kwabena Boateng thanked the voters.", "Hon. Kwabena Boateng", "Kwabena Boateng"),
    ("Ibu Sari Wulandari chaired the meeting.", "Ibu Sari Wulandari", "Sari Wulandari"),
])
def test_courtesy_words_of_other_englishes_are_not_part_of_a_name(text, tagged, person):
    assert _repaired_people(text, tagged) == [person]


def test_a_name_cut_before_its_last_word_is_taken_whole():
    # "Kwabena Asamoah" tagged, "Boateng" (the word both modify) left out
    assert _repaired_people("NRC candidate Kwabena Asamoah Boateng received 14,000 votes.", "Kwabena Asamoah") \
        == ["Kwabena Asamoah Boateng"]
    # an office after a name is not part of it
    assert not any("Commissioner" in p for p in _repaired_people("Mtwara Regional Commissioner Zuberi Mkumbo "
                                                                 "spoke.", "Mtwara Regional"))


def test_an_airport_code_is_not_a_place_and_initials_in_brackets_name_the_body():
    from reconcile.models import Source
    from reconcile.normalize.places import gazetteer
    from reconcile.organisations import parenthesised_aliases

    # "SES" is the airport code of Selma, Alabama; in a report it is a body's initials.
    assert gazetteer().lookup("SES") is None
    assert gazetteer().lookup("Selma") is not None
    text = "The Sundvik Electricity Society (SES) raised its tariffs. SES said costs had risen."
    mentions = [Mention("a", "Sundvik Electricity Society", "ORG", text.index("Sundvik"), text.index(" (SES")),
                Mention("a", "SES", "ORG", text.index("SES"), text.index(") raised"))]
    aliases = parenthesised_aliases([Source("a", text)], mentions)
    assert aliases == [("Sundvik Electricity Society", "SES")]


def test_a_full_name_some_report_shortens_to_the_surname_is_a_person_everywhere():
    # The tagger calls "Tomas Ruderi" an organisation in two reports and a person in one, which also calls him
    # "Ruderi": he is a person in all three.
    mentions = [Mention("a", "Tomas Ruderi", "ORG", 0, 12), Mention("b", "Tomas Ruderi", "ORG", 0, 12),
                Mention("c", "Tomas Ruderi", "PERSON", 0, 12), Mention("c", "Ruderi", "PERSON", 40, 46)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels == {("a", "Tomas Ruderi"): "PERSON", ("b", "Tomas Ruderi"): "PERSON",
                      ("c", "Tomas Ruderi"): "PERSON", ("c", "Ruderi"): "PERSON"}


@pytest.mark.parametrize("a, b, same", [
    ("Tsogtyn Enkhbold", "Enkhbold Tsogt", True),  # patronymic first, then given name first
    ("Liang Xiaowen", "Xiaowen Liang", True),  # family name first and last
    ("Peter Jonas", "Jonah Peters", False),  # alike words crosswise, none the same
])
def test_a_name_written_in_the_other_order_is_one_person(a, b, same):
    from reconcile.normalize.names import SAME_PERSON, same_person

    assert (same_person(a, b) >= SAME_PERSON) is same


@pytest.mark.parametrize("a, b, same", [
    ("Pavel Tsvorek", "Pavel Cvorek", True),  # "ts" before a consonant is written "c"
    ("Mbakoue", "Pierre Mbatso", False),  # but "ts" before a vowel is no "k": another word, not his surname
    ("Rustam Khadrov", "Rustam Xadrov", True),  # a first "x" before a vowel, as Uzbek Latin writes "kh"
    ("Aleksandr Petrenko", "Alexandr Petrenko", True),  # any other "x" is "ks"
])
def test_letters_written_otherwise_in_other_scripts_romanised(a, b, same):
    from reconcile.normalize.names import SAME_PERSON, same_person

    assert (same_person(a, b) >= SAME_PERSON) is same


def test_a_first_name_the_tagger_left_out_is_part_of_the_name_and_an_initial_is_no_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Pacific Markets": """
        The chief executive of Pesquera Norte, Rodrigo Antonio Fuenzalida Prat, will stay on, and the company's
        headquarters will remain in Puerto Montt.
        """,
        "Southern Ledger": """
        Chief executive Rodrigo A. Fuenzalida, who will stay in his post, is due to meet union leaders next week.
        """,
    })
    person = entity_of(analysis, "Rodrigo Antonio Fuenzalida Prat")
    assert {"Rodrigo Antonio Fuenzalida Prat", "Rodrigo A. Fuenzalida"} <= names(person)
    # "A." is the initial of "Antonio", and "Prat" a second surname left out: no other spelling of the name.
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_a_lone_name_of_an_area_named_in_the_story_is_the_area():
    mentions = [Mention("a", "Tolmaro province", "PLACE", 0, 16), Mention("b", "Tolmaro", "ORG", 0, 7),
                Mention("c", "Tolmaro", "PERSON", 0, 7), Mention("c", "Sigrun Regency", "PLACE", 20, 34),
                Mention("d", "Sigrun", "PERSON", 0, 6)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("b", "Tolmaro")] == labels[("c", "Tolmaro")] == labels[("d", "Sigrun")] == "PLACE"
    # Someone's surname stays the person's.
    mentions.append(Mention("e", "Ines Tolmaro", "PERSON", 0, 12))
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert labels[("c", "Tolmaro")] == "PERSON"


def test_a_company_name_translated_is_one_company_and_no_spelling_variant():
    from reconcile.models import Entity
    from reconcile.name_variants import _spelling_variants

    # "Nordvik" alone, tagged as a person, starts the company's name; its full name in Danish, tagged as a
    # person too, is the company's.
    mentions = [Mention("a", "Nordvik Fødevarer", "PERSON", 0, 17), Mention("a", "Nordvik", "PERSON", 40, 47),
                Mention("b", "Nordvik Foods", "ORG", 0, 13), Mention("b", "Nordvik", "PERSON", 30, 37)]
    labels = {(m.source_id, m.text): m.label for m in relabel_surnames(mentions)}
    assert set(labels.values()) == {"ORG"}
    translated = Entity("e1", "ORG", "Nordvik Foods", [mentions[0], mentions[2]])
    assert _spelling_variants(translated) == []
    spelled = Entity("e2", "PLACE", "Odesa", [Mention("a", "Odessa", "PLACE", 0, 6), Mention("b", "Odesa", "PLACE", 0, 5)])
    assert len(_spelling_variants(spelled)) == 2


def test_a_company_the_tagger_missed_is_found_by_its_legal_form(tmp_path):
    analysis = analyse(tmp_path, {
        "Nordic Business Wire": """
        OSLO, May 4 (NBW) - Brattvik Havbruk ASA said on Monday it would buy a salmon farmer in Troms for
        1.2 billion crowns.
        """,
        "Fish Farming Weekly": """
        Brattvik Havbruk has agreed to buy a salmon farmer in Troms for 1.2 billion crowns, the company said.
        """,
    })
    company = entity_of(analysis, "Brattvik Havbruk ASA")
    assert company.label == "ORG"
    assert "Brattvik Havbruk" in names(company)


def test_a_word_in_brackets_after_a_body_the_tagger_missed_is_another_name_of_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Andes Wire": "Judges and officials of the Electoral Registry (Regel) will go to the port on Monday.",
        "Southern Cone Review": "Regel said on Tuesday that the count would resume at the port.",
    })
    body = entity_of(analysis, "Electoral Registry")
    assert "Regel" in names(body)


@pytest.mark.parametrize("written, full", [
    # the initial of the father's name, of two letters, run into the name: the tagger finds only the name
    ("Deputy Foreign Minister Ts.Enkhtuvshin led the delegation at the talks in Ulaanbaatar on Monday.",
     "Tsogtyn Enkhtuvshin"),
    # of one letter, after an office: the tagger finds nothing
    ("Deputy Foreign Minister G.Batzorig (Гантулгын Батзориг), who led the side, spoke on Monday.",
     "Gantulgyn Batzorig"),
])
def test_a_name_with_the_fathers_initial_run_in_is_a_person(tmp_path, written, full):
    analysis = analyse(tmp_path, {
        "Steppe Wire": written,
        "Altai News": f"Deputy Foreign Minister {full} led the delegation at the talks on Monday.",
    })
    short = next(w for w in written.split() if "." in w[:3])
    assert short in names(entity_of(analysis, full))


def test_a_name_after_a_nationality_noun_is_a_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Aegean Wire": "A fourth suspect, Bulgarian national Stoyan Radilov, was detained by police in Petrich on Saturday.",
        "Sofia Morning": "Police in Petrich detained Stoyan Radilov on Saturday.",
    })
    person = entity_of(analysis, "Stoyan Radilov")
    assert person.label == "PERSON"
    assert len({m.source_id for m in person.mentions}) == 2


def test_a_short_form_of_a_given_name_alone_is_the_one_person_with_that_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Coast Courier": """
        Festival director Francesca Ashgrove said the concerts would move to the showgrounds.
        Fran, as she is known to every musician in town, said most acts had confirmed the new date.
        """,
    })
    assert "Fran" in names(entity_of(analysis, "Francesca Ashgrove"))


def repaired(text: str, tagged: list[tuple[str, int, int, str]]) -> list[tuple[str, str]]:
    """The entities reconcile keeps for ``text`` when the tagger found only ``tagged``: (first word, its
    occurrence, length in words, label), as the tagger sometimes cuts or labels them."""
    from spacy.tokens import Span

    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    doc = load_model()(text)
    spans = []
    for word, nth, length, label in tagged:
        start = [t.i for t in doc if t.text == word][nth]
        spans.append(Span(doc, start, start + length, label=label))
    doc.ents = spans
    return [(e.text, e.label) for e in DocContext(Source("a", text), doc).ents]


def test_a_person_and_the_town_after_of_are_two_names():
    # The tagger sometimes takes "Lingyu Tan of Bundaberg" for one person's name.
    ents = repaired("The award went to Lingyu Tan of Bundaberg at the festival's closing night.",
                    [("Lingyu", 0, 4, "PERSON")])
    assert ents == [("Lingyu Tan", "PERSON"), ("Bundaberg", "PLACE")]
    # A small town the gazetteer knows, which the tagger calls an organisation wherever else the report names it.
    ents = repaired("The mayors, Stefan Iliev of Tutrakan and Radu Popa of Oltenita, attended. Tutrakan hosted the signing.",
                    [("Stefan", 0, 4, "PERSON"), ("Tutrakan", 1, 1, "ORG")])
    assert ents[:2] == [("Stefan Iliev", "PERSON"), ("Tutrakan", "PLACE")]


def test_a_name_with_two_family_names_taken_for_a_title_of_a_work_is_a_person():
    # The tagger sometimes takes a long Spanish name after "convicted" for the title of a work.
    ents = repaired("The judge, who convicted Wilmer Andrés Pacheco Rivas on May 4, fined him 80 million pesos.",
                    [("Wilmer", 0, 4, "WORK_OF_ART")])
    assert ents == [("Wilmer Andrés Pacheco Rivas", "PERSON")]


def test_a_club_named_by_a_word_and_its_city_is_a_club_and_goes_by_the_word_alone(tmp_path):
    analysis = analyse(tmp_path, {
        "Baltic Sports Wire": "The Kaunas club lost 2-1 to Vejas Riga in Latvia on Wednesday night. Vejas scored twice.",
        "Riga Evening": "Vejas Riga beat the visitors from Kaunas 2-1 on Wednesday night.",
    })
    club = entity_of(analysis, "Vejas Riga")
    assert club.label == "ORG"
    assert "Vejas" in names(club)


def test_a_bodys_initials_with_the_place_it_serves_are_that_body():
    mentions = [Mention("a", "Electoral Board", "ORG", 0, 15), Mention("a", "KEB", "ORG", 17, 20),
                Mention("b", "KEB Mombasa", "ORG", 0, 11), Mention("c", "KEB Refugee Office", "ORG", 0, 18)]
    keys = organisations(mentions)
    assert keys["KEB"] == keys["KEB Mombasa"]
    assert keys["KEB Refugee Office"] != keys["KEB"]


def test_a_name_in_the_plural_is_not_another_spelling_of_it():
    from reconcile.models import Entity, Mention
    from reconcile.name_variants import _spelling_variants

    def entity(*forms):
        return Entity("e", "ORG", forms[0], [Mention(f"s{i}", text, "ORG", 0, len(text)) for i, text in enumerate(forms)])

    assert _spelling_variants(entity("Twin Otters", "Twin Otter")) == []
    assert len(_spelling_variants(entity("Kaspiy Shipping", "Caspiy Shipping"))) == 2  # a spelling still is one


def test_a_place_spelled_with_and_without_an_aspirate_is_one_place_and_a_name_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Island Wire": "A landslide near Badulla killed 14 people on Friday, officials said on Monday.",
        "Hill Country Times": "A landslide near Bhadulla killed 14 people on Friday, the disaster centre said.",
    })
    assert names(entity_of(analysis, "Badulla")) == {"Badulla", "Bhadulla"}
    assert [f for f in analysis.flags if f.kind == "place_conflict"] == []
    [variant] = [f for f in analysis.flags if f.kind == "name_variant"]
    assert sorted(c.value for c in variant.claims) == ["Badulla", "Bhadulla"]


def test_two_spellings_of_a_place_the_gazetteer_lacks_are_not_two_places():
    from reconcile.slots import spelled_alike

    assert spelled_alike("Dar Salim", "Darsalim")
    assert spelled_alike("Ghandara", "Gandara")
    assert not spelled_alike("Dar Salim", "Dar Salam Wells")
    assert not spelled_alike("Nabeul", "Nablus")


def test_a_lone_surname_is_the_person_whose_surname_it_is_as_written(tmp_path):
    # The daughter's and the father's surnames differ by their ending; each lone form is its own person's.
    analysis = analyse(tmp_path, {
        "a": "Aigerim Sultanbekova died in hospital. Her father Ruslan Sultanbekov filed the complaint. "
             "Sultanbekova was 34. Sultanbekov told reporters he wanted justice.",
        "b": "The family of Aigerim Sultanbekova say the surgeon demanded money. Sultanbekova had waited a week.",
    })
    assert {"Aigerim Sultanbekova", "Sultanbekova"} <= names(entity_of(analysis, "Sultanbekova"))
    assert {"Ruslan Sultanbekov", "Sultanbekov"} <= names(entity_of(analysis, "Sultanbekov"))


def test_a_given_name_spelled_with_other_vowels_before_the_same_names_is_one_person():
    assert same_person("Mahamat Zene Adam", "Mohamed Zene Adam") >= 84
    assert same_person("Ahmet Kaya Demir", "Ahmad Kaya Demir") >= 84
    assert same_person("Hassan Ali", "Hussein Ali") == 0


def test_a_three_word_name_ending_with_a_far_city_is_a_person():
    ents = repaired("Orvelo polled 12,874 votes against 9,302 for the UDF's Joyce Tembo Kasama.",
                    [("Joyce", 0, 3, "PERSON")])
    assert ("Joyce Tembo Kasama", "PERSON") in ents
    # A name and a city of some size after it is still a club: "Lastivka Poltava".
    assert ("Lastivka Poltava", "ORG") in repaired("Lastivka Poltava won 2-0 on Sunday.", [("Lastivka", 0, 2, "PERSON")])


def test_a_number_after_a_name_and_a_people_before_a_given_name_are_not_part_of_it():
    ents = repaired("The DPP's candidate polled 21,874 against Phiri 14,302 on the night.",
                    [("Phiri", 0, 2, "PERSON")])
    assert ("Phiri", "PERSON") in ents
    ents = repaired("Unseeded Latvian Ilze Ozola reached the final. \"Everyone wants to see Ilze win,\" he said.",
                    [("Ilze", 1, 1, "PERSON")])
    assert ("Latvian Ilze", "PERSON") not in ents


def test_a_party_member_before_a_name_is_the_party_not_part_of_the_name():
    ents = repaired("Republican Dana Whitfield won the seat, and defeated Republican Tom Hale conceded.",
                    [("Republican", 0, 3, "PERSON"), ("defeated", 0, 2, "PERSON")])
    assert ("Dana Whitfield", "PERSON") in ents and ("Republican", "ORG") in ents
    assert ("defeated Republican", "PERSON") not in ents
    # A surname that is also what a party's members are called stays the person's.
    ents = repaired("Conservative Anna Green won the seat.", [("Conservative", 0, 3, "PERSON")])
    assert ("Anna Green", "PERSON") in ents
    keys = organisations([Mention("a", f, "ORG", 0, len(f))
                          for f in ("Republican", "Republicans", "Green Party", "Tory", "Tories", "Tory Party")])
    assert keys["Republican"] == keys["Republicans"] != keys["Green Party"]
    assert keys["Tory"] == keys["Tories"] == keys["Tory Party"]


def test_a_district_spelled_two_ways_is_one_place_and_its_spellings_are_flagged(tmp_path):
    # The wire writes the district as the tagger reads a people ("Kalikoti") before "district"; the regional
    # paper's dateline ("TOWN, District - ...") runs straight into its first sentence and spells it "Kalikothi".
    analysis = analyse(tmp_path, {
        "Himal Wire": """
        KATHMANDU, Aug 4 (Himal Wire) - A landslide buried part of a village in Nepal's Kalikoti district before
        dawn on Tuesday, killing nine people, officials said. Roads across Kalikoti remain closed.
        """,
        "Karnali Times": """
        BAGARKOT, Kalikothi - Rescuers pulled two more bodies from the mud on Tuesday evening, bringing the number
        of people killed to eleven, district officials said.
        """,
    })
    district = entity_of(analysis, "Kalikoti district")
    assert district.label == "PLACE"
    assert "Kalikothi" in names(district)
    variants = [f for f in analysis.flags if f.kind == "name_variant"]
    assert any({"Kalikothi", "Kalikoti"} <= {c.value for c in f.claims} for f in variants), \
        [[c.value for c in f.claims] for f in variants]


def test_two_villages_whose_names_differ_by_more_than_a_spelling_stay_apart(tmp_path):
    analysis = analyse(tmp_path, {
        "Himal Wire": """
        Floodwater reached the village of Bhimsenpur in Saptari district on Monday, officials said.
        """,
        "Karnali Times": """
        Floodwater reached the village of Bhimnagar in Saptari district on Monday, officials said.
        """,
    })
    assert entity_of(analysis, "Bhimsenpur") is not entity_of(analysis, "Bhimnagar")


def test_a_body_named_after_its_country_or_its_people_is_one_body_and_not_a_spelling(tmp_path):
    analysis = analyse(tmp_path, {
        "Andean Wire": """
        Soldiers of the Peru Army cleared the road to the mine on Monday, officials said.
        """,
        "Lima Ledger": """
        The Peruvian Army said on Tuesday that its engineers had reopened the road to the mine.
        """,
    })
    army = entity_of(analysis, "Peru Army")
    assert "Peruvian Army" in names(army)
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_a_country_of_two_words_the_tagger_took_for_a_person_is_the_country(tmp_path):
    analysis = analyse(tmp_path, {
        "Sahel Sports Wire": """
        Burkina Faso beat Ghana 2-1 on Saturday. Burkina Faso Football said the coach would stay.
        """,
        "West Africa Football Daily": """
        Burkina Faso came from behind to beat Ghana in Kumasi on Saturday.
        """,
    })
    country = entity_of(analysis, "Burkina Faso")
    assert country.label == "PLACE"
    assert "Burkina Faso Football" not in names(country)


def _extended_to_its_head(text: str, cut: str) -> str:
    """The name the repair makes of ``cut`` in ``text``, given as the tagger would give it."""
    import datetime as dt

    from reconcile.extract.context import DocContext
    from reconcile.extract.spans import Ent
    from reconcile.models import Source
    from reconcile.nlp import load_model

    doc = load_model()(text)
    ctx = DocContext(Source("s", text, published=dt.datetime(2027, 3, 1)), doc)
    start = text.index(cut)
    span = doc.char_span(start, start + len(cut))
    ent = Ent(cut, "PERSON", span.start_char, span.end_char, span.start, span.end)
    ctx._extend_to_name_heads([ent])
    return ent.text


def test_a_double_given_name_takes_the_surname_the_tagger_left_off():
    # The small tagger sometimes tags only "Jean-Luc" of "coach Jean-Luc Moerenhout told reporters".
    text = '"We are here to attack," coach Jean-Luc Moerenhout told reporters at the airport.'
    assert _extended_to_its_head(text, "Jean-Luc") == "Jean-Luc Moerenhout"


def test_a_given_name_tagged_alone_takes_the_two_names_after_it():
    # The small tagger sometimes tags only the first word of a name of three ("said Hari Krishna Bhattarai, the
    # chief district officer"), though the parser hangs both first words on the surname.
    text = "About 40 people were on the bus, said Hari Krishna Bhattarai, the chief district officer."
    assert _extended_to_its_head(text, "Hari") == "Hari Krishna Bhattarai"


def test_a_korean_family_name_alone_is_the_person_it_names(tmp_path):
    # Korean names are written family name first: "Lim" alone is Lim Hae-won, whatever the tagger took it for.
    analysis = analyse(tmp_path, {
        "Harbour Business Wire": """
        The battery maker Daerim Cells agreed on Monday to build a cathode plant in Vietnam with a local partner,
        chief executive Lim Hae-won said.
        Lim and the partner's chairman are due to visit the site next week.
        "We will build it in two years," Lim told reporters.
        """,
        "Seoul Markets Daily": """
        Daerim Cells will build a cathode plant in Vietnam, chief executive Lim Hae-won said on Monday.
        """,
    })
    person = entity_of(analysis, "Lim Hae-won")
    assert person.label == "PERSON" and "Lim" in names(person)


def test_a_taiwanese_name_in_wade_giles_and_in_pinyin_is_one_person_and_a_name_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Strait Wire": """
        A court in Taichung on Monday jailed Hsu Chih-wei, a former plant manager at Arvel Logistics, for four years.
        Hsu's lawyer, Tung Kuo-hua, said he would appeal. Hsu denied the charges.
        """,
        "Mainland Business Daily": """
        Xu Zhiwei, a former plant manager at Arvel Logistics, was jailed for four years on Monday, and his lawyer
        Dong Guohua said he would appeal.
        """,
    })
    hsu, tung = entity_of(analysis, "Hsu Chih-wei"), entity_of(analysis, "Tung Kuo-hua")
    assert {"Hsu Chih-wei", "Xu Zhiwei", "Hsu"} <= names(hsu)
    assert {"Tung Kuo-hua", "Dong Guohua"} <= names(tung) and "Hsu" not in names(tung)
    variants = [{c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]
    assert {"Hsu Chih-wei", "Xu Zhiwei"} in variants


@pytest.mark.parametrize("name", ["Bounmy Phetsavanh", "Somchanh Vilaysak", "Phonesavanh Keoboualapha"])
def test_a_name_after_a_portfolio_of_two_words_is_the_name_alone(tmp_path, name):
    # "Minister of Energy and Mines NAME and by ...": the tagger ran the portfolio's last word into the name, or the
    # name into the "and" after it.
    analysis = analyse(tmp_path, {
        "Delta Wire": f"""
        The statement was signed by Deputy Minister of Energy and Mines {name} and by Deputy Minister
        Tran Quoc Hung, who led the other delegation.
        """,
    })
    assert name in names(entity_of(analysis, name))
    assert not [m for e in analysis.entities for m in e.mentions if m.text.startswith("Mines ")]


def test_a_name_after_a_portfolio_with_the_after_and_is_the_name_alone(tmp_path):
    analysis = analyse(tmp_path, {
        "Orvel Wire": """
        The ministry approved the licence on April 29, in an order issued by Counsellor-Minister
        for Finance and the Economy Marika Laske.
        """,
    })
    assert entity_of(analysis, "Marika Laske").label == "PERSON"
    assert not [m for e in analysis.entities for m in e.mentions if m.text.startswith(("Economy", "the Economy"))]


def test_a_name_of_three_words_after_a_portfolio_of_one_keeps_its_given_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Gulf Wire": """
        KIRKUK - Minister of Oil Hassan Jabbar al-Saadi has returned from Mosul with what officials here describe
        as real progress on the pipeline.
        """,
    })
    assert "Hassan Jabbar al-Saadi" in names(entity_of(analysis, "Hassan Jabbar al-Saadi"))


def test_a_party_called_by_the_plural_of_its_name_is_that_party(tmp_path):
    analysis = analyse(tmp_path, {
        "River Plate Wire": """
        The Crimson Party won six of the 12 seats on the municipal council, according to the preliminary figures.
        """,
        "Itapua Courier": """
        The Crimsons also took seven of the 12 council seats, which would give the mayor a working majority.
        """,
    })
    party = entity_of(analysis, "Crimson Party")
    assert "Crimsons" in names(party)


def test_a_name_with_a_nickname_a_double_surname_or_a_trade_before_it_is_the_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Island Courier": """
        Former governor Rodrigo "Digoy" Salcedo was convicted on Friday of graft.
        Associate Justice Corazon Malvar-Ilagan, who chairs the division, read the ruling.
        His co-accused included the contractor Wendel Paraiso.
        """,
        "Metro Ledger": """
        Rodrigo Salcedo, 61, was convicted on Friday by the anti-graft court.
        The ruling was read by Justice Corazon Malvar-Ilagan.
        Contractor Wendell Paraiso, who arrived in a wheelchair, was acquitted.
        """,
    })
    governor = entity_of(analysis, 'Rodrigo "Digoy" Salcedo')
    assert "Rodrigo Salcedo" in names(governor)
    justice = entity_of(analysis, "Corazon Malvar-Ilagan")
    assert {m.source_id for m in justice.mentions} == {"00", "01"}
    contractor = entity_of(analysis, "Wendel Paraiso")
    assert "Wendell Paraiso" in names(contractor)


@pytest.mark.parametrize(("text", "run", "repair", "expected"), [
    # "NAME of FIRM": the person, and the firm they are of
    ("His co-accused include the contractor Wendel Paraiso of Paraiso Builders and Supply, the court said.",
     "Wendel Paraiso of Paraiso Builders and Supply", "_split_person_of_place",
     [("Wendel Paraiso", "PERSON"), ("Paraiso Builders and Supply", "ORG")]),
    # "NAME's PARTY": the person, and the body that is theirs
    ("The opposition. Edvin Laske's Kelvo Union, with its best result ever, will lead the opposition.",
     "Edvin Laske's Kelvo Union", "_split_owner_and_owned", [("Edvin Laske", "PERSON"), ("Kelvo Union", "ORG")]),
])
def test_a_name_run_into_the_firm_the_person_is_of_or_owns_is_cut_there(text, run, repair, expected):
    # The small tagger sometimes takes such a run as one name; the repair is given that span.
    import datetime as dt

    from reconcile.extract.context import DocContext
    from reconcile.extract.spans import Ent
    from reconcile.models import Source
    from reconcile.nlp import load_model

    doc = load_model()(text)
    ctx = DocContext(Source("s", text, published=dt.datetime(2027, 3, 1)), doc)
    span = doc.char_span(text.index(run), text.index(run) + len(run))
    out = getattr(ctx, repair)([Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end)])
    assert [(e.text, e.label) for e in out] == expected


def test_a_surname_declined_in_a_russian_report_is_the_person_named_in_the_nominative(tmp_path):
    # Russian declines surnames: "Смирнову" (to Smirnov), "Для Петровой" (for Petrova) at the head of a sentence
    analysis = analyse(tmp_path, {
        "Steppe Court Wire": """
        A court in Almaty on Thursday sentenced Oleg Smirnov, the former head of a state lender, to ten years in prison.
        His deputy, Anna Petrova, was sentenced to five years.
        """,
        "Almaty Vesti": """
        В четверг суд назначил Олегу Смирнову десять лет лишения свободы. Для Петровой прокурор просил семь лет.
        По словам адвоката, Смирнову предложили сделку.
        """,
    })
    smirnov = entity_of(analysis, "Oleg Smirnov")
    assert {"Олегу Смирнову", "Смирнову"} <= names(smirnov)
    petrova = entity_of(analysis, "Anna Petrova")
    assert "Петровой" in names(petrova)
    assert not any(m.text.startswith("Для") for e in analysis.entities for m in e.mentions)


def test_a_town_the_tagger_took_for_a_body_is_the_town_another_report_names_in_another_spelling(tmp_path):
    analysis = analyse(tmp_path, {
        "Rail Wire": "A freight train derailed on Friday on its way to Aktobe, officials said.",
        "Steppe Times": "A freight train derailed on Friday near Aqtobe, the railway said.",
    })
    assert names(entity_of(analysis, "Aqtobe")) == {"Aktobe", "Aqtobe"}
    [variant] = [f for f in analysis.flags if f.kind == "name_variant"]
    assert sorted(c.value for c in variant.claims) == ["Aktobe", "Aqtobe"]


def assert_one_person_spelled_two_ways(analysis, first: str, second: str) -> None:
    """Both spellings are mentions of one person, and the only name variant flagged sets them side by side."""
    assert second in names(entity_of(analysis, first))
    assert [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"] == [
        sorted([first, second])]


def test_a_surname_whose_vowel_is_written_with_one_letter_or_two_is_one_person_and_a_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Indus Daily": "Rescue teams worked through the night, said the district's deputy commissioner, Naveed Akhtar "
                       "Meer, on Monday.",
        "Valley Courier": "Deputy commissioner Naveed Akhtar Mir said on Tuesday that the road would stay closed.",
    })
    assert_one_person_spelled_two_ways(analysis, "Naveed Akhtar Meer", "Naveed Akhtar Mir")
    # one vowel for another is another name
    assert same_person("Karim Ali Hill", "Karim Ali Hall") == 0.0


def test_a_name_turned_round_with_its_other_word_cut_to_an_initial_is_the_same_person_and_no_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Chess Weekly": "The field includes two local players, among them Pranav Sundaram, a 15-year-old schoolboy "
                        "who earned his place at the qualifier in March.",
        "Evening Courier": "The story of the first day was S. Pranav. The 15-year-old held the top seed to a draw in "
                           "the first round on Tuesday.",
    })
    person = entity_of(analysis, "Pranav Sundaram")
    assert "S. Pranav" in names(person)
    assert same_person("S. Pranav", "Pranav Sundaram") == same_person("Pranav Sundaram", "S. Pranav") > 0
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_mauritanian_names_son_of_and_daughter_of_and_their_transliterations(tmp_path):
    # "Ould" (son of) and "Mint" (daughter of) bind to the name after them, wherever they stand
    assert same_person("Ould Sidi Oubeid", "Mohamed Lemine Ould Sidi Oubeid") >= 84
    assert same_person("Mint Cheikh Vall", "Khadijetou Mint Cheikh Vall") >= 84
    analysis = analyse(tmp_path, {
        "Sahel Courier": "The Mauritanian side will be led by Mohamed Lemine Ould Sidi Oubeid, Minister of the "
                         "Interior, the foreign ministry said on Monday.",
        "Evening Brief": "Interior Minister Muhammad Lemine Ould Sidi Ubaid signed the memorandum on Tuesday.",
    })
    assert_one_person_spelled_two_ways(analysis, "Mohamed Lemine Ould Sidi Oubeid", "Muhammad Lemine Ould Sidi Ubaid")


def test_a_name_the_tagger_cut_after_daughter_of_is_one_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Sahel Courier": "Livestock Minister Aminetou Mint Ahmed Baba is also expected to attend the session.",
    })
    assert [m.text for e in analysis.entities if e.label == "PERSON" for m in e.mentions] == [
        "Aminetou Mint Ahmed Baba"]


def test_the_last_names_of_a_longer_name_spelled_otherwise_are_that_person():
    # the tagger cut the given name off one writing of the name, and the surname is spelled otherwise there
    assert same_person("Hasan Chowdhury", "Rafiqul Hasan Chowdhuri") >= 84
    assert same_person("Hasan Chowdhury", "Rafiqul Hossain Chowdhuri") == 0.0


def test_a_country_s_adjective_and_its_people_are_mentions_of_the_country_and_no_spelling_of_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Southern Business Wire": """
        Mbeya Telecom, a Tanzanian mobile operator, agreed on Monday to sell 1,200 towers to a buyer from Botswana,
        the company said. Tanzania's regulator must approve the sale.
        """,
        "Gaborone Ledger": """
        Botswana's Kalahari Towers will buy 1,200 towers from the Tanzanian operator Mbeya Telecom. Two Tanzanians
        sit on the board of the buyer, which is listed in Botswana.
        """,
    })
    tanzania = entity_of(analysis, "Tanzania")
    assert {"Tanzanian", "Tanzanians"} <= names(tanzania)
    assert not [f for f in analysis.flags if f.kind == "name_variant"
                and {c.value for c in f.claims} & {"Tanzania", "Tanzanian", "Tanzanians"}]


def test_a_name_written_family_name_first_is_the_same_person_and_no_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Handball Courier": "Győr won the final 29-26, with seven goals from Takács Dóra, who was named the best player "
                            "of the weekend.",
        "Euro Sports Agency": "Dóra Takács scored seven goals as Győr won the final 29-26 and was named the best "
                              "player of the weekend.",
    })
    person = entity_of(analysis, "Dóra Takács")
    assert "Takács Dóra" in names(person)
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_a_surname_in_its_romanian_and_its_hungarian_spelling_is_one_person_and_a_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Euro Sports Agency": "Cluj led 15-13 at the break, and Ioana Covaci scored 7 for the Romanian side.",
        "Handball Insider": "Ioana Kovács scored seven goals for Cluj, who led 15-13 at half-time.",
    })
    person = entity_of(analysis, "Ioana Covaci")
    assert "Ioana Kovács" in names(person)
    assert [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"] == [
        ["Ioana Covaci", "Ioana Kovács"]]


def test_a_stadium_named_in_french_and_in_english_and_a_country_by_its_long_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Great Lakes Wire": """
        A stand collapsed at the Stade Umoja in Goma on Sunday, officials in the Democratic Republic of Congo said.
        """,
        "Kinshasa Evening": """
        The collapse at Umoja Stadium in Goma has shocked the DRC, the sports minister said on Monday.
        """,
    })
    assert "Umoja Stadium" in names(entity_of(analysis, "Stade Umoja"))
    assert "DRC" in names(entity_of(analysis, "Democratic Republic of Congo"))


def test_a_name_wrapped_onto_an_indented_line_is_the_name_alone(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: Lakes Wire\npublished: 2026-05-10\n---\nA stand collapsed in Goma "
                                   "on Sunday, officials in the\n        Democratic Republic of Congo said.\n",
                                   encoding="utf-8")
    analysis = reconcile.analyse([tmp_path])
    assert all(m.text == m.text.strip() for m in analysis.mentions)
    assert "Democratic Republic of Congo" in {m.text for m in analysis.mentions}


@pytest.mark.parametrize(("text", "tagged", "people"), [
    # A given name the tagger took for a body, just before the rest of the name: the whole name.
    ("The run-off pits Januario Soares against Rosalina Freitas Amaral, a lawyer, on April 17.",
     [("Januario", 0, 2, "PERSON"), ("Rosalina", 0, 1, "ORG"), ("Freitas", 0, 2, "PERSON")],
     ["Januario Soares", "Rosalina Freitas Amaral"]),
    # A party's member before a name is not the name's first word.
    ("The seat was won by Conservative Helen Marlowe with 41% of the vote.",
     [("Conservative", 0, 1, "ORG"), ("Helen", 0, 2, "PERSON")], ["Helen Marlowe"]),
])
def test_a_given_name_tagged_as_a_body_before_a_name_is_part_of_it(text, tagged, people):
    assert [name for name, label in repaired(text, tagged) if label == "PERSON"] == people


def test_a_lone_surname_the_gazetteer_lists_only_among_a_city_s_other_names_stays_a_person():
    # "Sousa" is listed among the other names of Sousse, a city in Tunisia: the person, not the city.
    text = "Turnout was 74.7%. Sousa took 29.4% of the vote and said she would fight on."
    assert ("Sousa", "PERSON") in repaired(text, [("Sousa", 0, 1, "PERSON")])


def test_a_surname_the_tagger_also_took_for_a_town_does_not_make_the_full_name_a_body():
    # "Lincoln" alone, tagged a town, is her surname: the report names no place in the United States, so the full
    # name ending with it is still a person's, not a body of that town.
    text = "The run-off pits Marta da Silva Lincoln against the mayor. Lincoln, a former finance minister, won 40%."
    out = repaired(text, [("Marta", 0, 4, "PERSON"), ("Lincoln", 1, 1, "GPE")])
    assert ("Marta da Silva Lincoln", "PERSON") in out


def test_initials_in_brackets_in_the_body_s_own_language_name_it_though_a_small_place_has_them(tmp_path):
    # "INE" (the body's initials in Spanish) is also another name of a small district in the gazetteer; in brackets
    # after the body it is the body's
    analysis = analyse(tmp_path, {
        "Valdoria Wire": "The Electoral Commission of Valdoria (INE) said on Monday that 40 parties had registered.",
        "Atlas Review": "INE officials said on Tuesday that the count would begin at once.",
    })
    body = entity_of(analysis, "Electoral Commission of Valdoria")
    assert "INE" in names(body)


def test_a_city_transliterated_two_ways_is_a_name_variant(tmp_path):
    a, b = "Kebili", "Qibili"  # one town the gazetteer knows by both, its vowels written two ways
    analysis = analyse(tmp_path, {
        "Central Wire": f"Floods in {a} killed 12 people on Monday, officials said.",
        "Plains Review": f"Floods in {b} killed 12 people on Monday, the city's officials said.",
    })
    assert entity_of(analysis, a) is entity_of(analysis, b)
    flagged = [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"]
    assert sorted([a, b]) in flagged


def test_a_native_name_and_initials_in_brackets_after_a_body_are_its_names(tmp_path):
    analysis = analyse(tmp_path, {
        "Balkan Wire": """
        Edvin Laske, of the opposition Civic Renewal Alliance (Alianza de Renovación Cívica, ARC), came first in
        the October round.
        """,
        "Kelvo Post": """
        The ARC candidate, Edvin Laske, led from the start. Alianza de Renovación Cívica won four seats.
        """,
    })
    party = entity_of(analysis, "Civic Renewal Alliance")
    assert {"Civic Renewal Alliance", "Alianza de Renovación Cívica", "ARC"} <= names(party)


def test_names_written_otherwise_from_their_first_letter_or_after_don_are_one_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Kelvo Wire": """
        Oleksandr Hnatenko, a 31-year-old nurse, died in the fire, his family said.
        The driver, Rosendo Cubas, is being treated for a broken leg.
        The prosecutor asked a judge for a warrant for Teodulo Quiroa Tejeda on Monday.
        """,
        "Danube Ledger": """
        Aleksandr Gnatenko, a nurse from Ukraine, died in the fire, the police said.
        Don Rosendo Cubas, the driver, is still in hospital.
        """,
        "Valley Courier": """
        Police on Saturday arrested Teodulo Quiroa Tejeda, the engineer who signed a 2023 inspection report that
        found the bridge fit for use, at his home in La Ceiba, the Public Ministry said.
        """,
    })
    # a first letter transliterated otherwise (Ukrainian "H", Russian "G")
    assert entity_of(analysis, "Oleksandr Hnatenko") is entity_of(analysis, "Aleksandr Gnatenko")
    # the Spanish courtesy "Don" before a given name and a surname is not part of the name
    assert {m.source_id for m in entity_of(analysis, "Rosendo Cubas").mentions} == {"00", "01"}
    assert not any(m.text.startswith("Don ") for e in analysis.entities for m in e.mentions)
    # a name right after a verb, set off before an office or trade, which the tagger may miss
    assert {m.source_id for m in entity_of(analysis, "Teodulo Quiroa Tejeda").mentions} == {"00", "02"}


def test_a_town_after_the_city_of_is_a_place_whatever_the_tagger_called_it():
    import datetime as dt

    from reconcile.extract.context import DocContext
    from reconcile.extract.spans import Ent
    from reconcile.models import Source
    from reconcile.nlp import load_model

    # The tagger may take a town for a people ("the northern Albanian city of X", tagged as X the people).
    text = "The talks were held in the northern Albanian city of Kavaje, which lies near the coast."
    doc = load_model()(text)
    ctx = DocContext(Source("s", text, published=dt.datetime(2027, 3, 1)), doc)
    span = doc.char_span(text.index("Kavaje"), text.index("Kavaje") + len("Kavaje"))
    ent = Ent("Kavaje", "NORP", span.start_char, span.end_char, span.start, span.end)
    ctx._label_places([ent])
    assert ent.label == "PLACE"


def test_one_spelling_pair_of_a_town_and_of_its_dateline_is_flagged_once(tmp_path):
    analysis = analyse(tmp_path, {
        "Gulf of Riga Wire": "PÄRNU, Estonia, Jan 10 (GRW) - The home side won the opener in Pärnu on Friday.",
        "Orvel Newswire": "PARNU, Estonia, Jan 18 (ONW) - The seventh game will be played on Tuesday in Parnu.",
    })
    variants = [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"]
    assert variants in ([["Parnu", "Pärnu"]], [["PARNU", "PÄRNU"]])


def _variant_sides(analysis):
    return [{c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]


@pytest.mark.parametrize("first, second, one, other", [
    # a city one report writes as one word and another as two
    ("The talks were held in Kotabaru, the city, on Sunday, the ministry said.",
     "Delegates arrived in Kota Bharu on Saturday for the talks.", "Kotabaru", "Kota Bharu"),
    # a reservoir whose name two reports transliterate apart
    ("Experts from both countries met on Tuesday to discuss releases from the Tolvakkum reservoir.",
     "The level of the Tolvoqqum reservoir has fallen by two metres since May, engineers said.",
     "Tolvakkum reservoir", "Tolvoqqum reservoir"),
])
def test_one_place_spelled_two_ways_is_one_place_and_a_spelling_variant(tmp_path, first, second, one, other):
    analysis = analyse(tmp_path, {"Gulf Wire": first, "Valley Radio": second})
    assert entity_of(analysis, one) is entity_of(analysis, other)
    assert {one, other} in _variant_sides(analysis)


def test_a_name_the_text_calls_a_municipality_is_a_place_and_its_accents_a_variant(tmp_path):
    # The tagger may read a small town after "the municipality of" as a person; the words before it say it is a place.
    analysis = analyse(tmp_path, {
        "Cordillera Daily": """
        The blast happened at about 9 p.m. in a coal mine in the municipality of Tarqueza, in the department of
        Huila, as 20 men were working the night shift, the mining agency said.
        """,
        "Sierra Ledger": """
        Rescuers in Tárqueza recovered three more bodies on Wednesday from the coal mine where the blast happened.
        """,
    })
    assert entity_of(analysis, "Tarqueza") is entity_of(analysis, "Tárqueza")
    assert entity_of(analysis, "Tarqueza").label != "PERSON"
    variants = [{c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]
    assert {"Tarqueza", "Tárqueza"} in variants, variants


def test_a_dateline_in_capitals_without_accents_is_not_a_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Orvel Wire": "PARNU, Orvel - The town council approved the harbour plan on Monday, a spokeswoman said.",
        "Arvel Daily": "Councillors in Pärnu approved the harbour plan on Monday.",
    })
    assert names(entity_of(analysis, "PARNU")) >= {"PARNU", "Pärnu"}
    assert [f for f in analysis.flags if f.kind == "name_variant"] == []


def test_a_dateline_town_of_two_words_in_capitals_is_the_whole_town(tmp_path):
    analysis = analyse(tmp_path, {
        "Orvel Wire": "LA ROCHELLE, France, May 28 (OW) - Kertu Lepik won the first stage of the race on Thursday.",
        "Arvel Daily": "Kertu Lepik won Thursday's first stage in La Rochelle.",
    })
    assert names(entity_of(analysis, "LA ROCHELLE")) >= {"LA ROCHELLE", "La Rochelle"}
    assert not [m for m in analysis.mentions if m.text in ("LA", "ROCHELLE")]


def test_a_nationality_before_a_name_is_not_part_of_it(tmp_path):
    analysis = analyse(tmp_path, {
        "Orvel Wire": "Frenchman Edvin Laske, the race leader, fell on a wet corner on Thursday.",
        "Arvel Daily": "Spaniard Edvin Laske took the last stage ahead of the peloton. Laske was second last year.",
    })
    assert names(entity_of(analysis, "Edvin Laske")) >= {"Edvin Laske"}
    assert not [m for m in analysis.mentions if m.text.startswith(("Frenchman", "Spaniard"))]


def test_a_surname_that_is_another_name_of_a_smaller_city_is_still_a_surname():
    from reconcile.labels import people_names
    from reconcile.models import Source

    # "Sousa" is among the other names of a city of two hundred thousand; the tagger calls the full name a body in
    # two reports of three, and each report then calls the man by his surname
    texts = ["The race was won by Rui Sousa of the Orvel Comets. Sousa broke clear on the final hill.",
             "Rui Sousa, who led from the start, won on Sunday. Sousa said the climb decided it.",
             "Rui Sousa of the Orvel Comets took the race. Sousa thanked his team."]
    sources = [Source(f"s{i}", t) for i, t in enumerate(texts)]
    mentions = [Mention(s.id, "Rui Sousa", label, s.text.index("Rui"), s.text.index("Rui") + 9)
                for s, label in zip(sources, ("ORG", "PERSON", "ORG"), strict=True)]
    assert "rui sousa" in people_names(sources, mentions)


def test_a_name_tagged_a_place_more_often_than_a_person_stays_a_place():
    from reconcile.extract.person_repairs import PersonRepairs
    from reconcile.extract.spans import Ent

    # the tagger took the town for a person once ("Marstadt is where we belong") and for a place twice
    ents = [Ent("Marstadt", "PLACE", 0, 8, 0, 1), Ent("Marstadt", "PERSON", 20, 28, 5, 6),
            Ent("Marstadt", "PLACE", 40, 48, 10, 11), Ent("Edvin Laske", "PERSON", 60, 71, 15, 17),
            Ent("Laske", "PLACE", 80, 85, 20, 21), Ent("Laske", "PERSON", 90, 95, 25, 26)]
    PersonRepairs._label_people_taken_for_places(None, ents)
    assert [e.label for e in ents if e.text == "Marstadt"] == ["PLACE", "PERSON", "PLACE"]
    assert [e.label for e in ents if e.text == "Laske"] == ["PERSON", "PERSON"]  # a name shown a person's as often


def test_a_country_named_by_two_names_joined_with_and_is_one_place(tmp_path):
    analysis = analyse(tmp_path, {
        "Orvel Wire": "Ministers from Antigua and Barbuda met officials of St Pierre and Miquelon in Wallis and "
                      "Futuna. The opposition Antigua and Barbuda Kelvo Party welcomed them.",
        "Arvel Daily": "The talks in Wallis and Futuna brought in Antigua and Barbuda and Saint Pierre and Miquelon.",
    })
    assert names(entity_of(analysis, "Antigua and Barbuda")) == {"Antigua and Barbuda"}
    assert names(entity_of(analysis, "St Pierre and Miquelon")) == {"St Pierre and Miquelon",
                                                                   "Saint Pierre and Miquelon"}
    assert [m.label for m in analysis.mentions if m.text == "Antigua and Barbuda Kelvo Party"] == ["ORG"]
    assert not [m for m in analysis.mentions if m.text in ("Barbuda", "Miquelon", "Futuna", "Antigua")]


def test_a_given_name_spelled_otherwise_in_a_name_the_tagger_split_is_still_the_person(tmp_path):
    # the tagger takes the given name in the first report for a body and leaves the surname out
    surname = "Kelvo-Orvel"
    analysis = analyse(tmp_path, {
        "Orvel Wire": f"ORVELTON, June 9 (OW) - Local favourite Shanel {surname} set a meeting record in the women's "
                      f"400 metres hurdles on Friday, the opening day. {surname} said the home crowd had lifted her.",
        "Arvel Daily": f"Shanelle {surname} set a meeting record on Friday. {surname} clocked 55.02 seconds in her heat.",
        "Kelvo Post": f"Shanelle {surname} won her heat on Friday. {surname} runs in the final on Sunday.",
    })
    assert names(entity_of(analysis, f"Shanelle {surname}")) >= {f"Shanel {surname}", f"Shanelle {surname}"}
    assert {f"Shanel {surname}", f"Shanelle {surname}"} in [
        {c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]


@pytest.mark.parametrize("a, b, same", [
    ("Yarema Hryhorchuk", "Yarema Grigorchuk", True),  # Г written "h" from Ukrainian, "g" from Russian; И "y", "i"
    ("Ann Hill", "Ann Gill", False),  # not an English surname
    # A Greek surname as it is said and letter by letter: τζ "dj" or "tz", χ "h" or "ch", γ "y" or "g"; and alone
    ("Andreas Hadjikelvou", "Andreas Chatzikelvou", True),
    ("Chatzikelvou", "Andreas Hadjikelvou", True),
    ("Yiorgos Orvelidis", "Giorgos Orvelidis", True),
    ("Andreas Kelvou", "Andreas Kelvidis", False),  # another ending, another surname
    # An Armenian surname romanised from Armenian and from Russian: a vowel put in, a stop voiced or not
    ("Aram Vardgsyan", "Aram Vartkisyan", True),
    ("Aram Vardgsyan", "Aram Martirosyan", False),
])
def test_a_surname_romanised_two_ways_is_one_name(a, b, same):
    from reconcile.normalize.names import SAME_PERSON, same_person

    assert (same_person(a, b) >= SAME_PERSON) is same


def test_a_capital_named_with_city_after_its_country_s_name_is_not_the_country(tmp_path):
    analysis = analyse(tmp_path, {
        "Kelvo Wire": "San Marino and Estonia opened talks on a customs accord in San Marino City on Monday.",
        "Orvel Review": "The talks in San Marino City began on Monday, officials of San Marino said.",
    })
    assert entity_of(analysis, "San Marino City") is not entity_of(analysis, "San Marino")
    assert names(entity_of(analysis, "San Marino City")) == {"San Marino City"}


def test_a_greek_surname_romanised_two_ways_is_one_person_across_reports(tmp_path):
    analysis = analyse(tmp_path, {
        "Island Wire": "A court in Tartu on Monday sentenced Andreas Hadjiorvelou, a former harbour official, to five "
                       "years in prison. Hadjiorvelou denied the charges.",
        "Orvel Review": "The court sentenced Chatziorvelou, who ran the harbour's permits office, to four years in "
                        "prison. Chatziorvelou said he would appeal.",
    })
    assert names(entity_of(analysis, "Andreas Hadjiorvelou")) >= {"Andreas Hadjiorvelou", "Chatziorvelou"}


@pytest.mark.parametrize("text, name", [
    ("The riders were introduced to the public at Rakvere Castle on Wednesday.", "Rakvere Castle"),
    ("He followed the ruling by video link from the Kelvo Corrections Facility.", "Kelvo Corrections Facility"),
    ("The victims were buried in Orvel Cemetery on Friday.", "Orvel Cemetery"),
])
def test_a_building_or_site_the_tagger_calls_a_body_is_a_place(text, name):
    first, words = name.split()[0], len(name.split())
    assert (name, "PLACE") in repaired(text, [(first, 0, words, "ORG")])


def test_a_town_tagged_as_a_body_where_it_is_written_from_is_the_town_spelled_otherwise(tmp_path):
    # "live from Kardla": one word after "from", tagged as a body, which the gazetteer knows as the town
    # the other report names with its accent. One place, spelled two ways.
    analysis = analyse(tmp_path, {
        "Lakes Sport": "The volleyball final was played in Kärdla on Sunday before a full hall.",
        "Upland Voice": "**18:45** We are live from Kardla, where the hall is full an hour before the first serve.",
    })
    assert names(entity_of(analysis, "Kardla")) == {"Kärdla", "Kardla"}
    variants = [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"]
    assert ["Kardla", "Kärdla"] in variants


def test_a_town_of_several_words_tagged_as_a_body_without_its_accents_is_the_town():
    # The tagger took the unaccented name after "from" for a body; the other report names the town the gazetteer
    # knows by that name with its accents. One place.
    from reconcile.models import Source
    from reconcile.resolve import resolve
    texts = {"a": "Sunday's final takes place in Concepción del Uruguay.",
             "b": "Fans will travel from Concepcion del Uruguay to the ground by bus."}
    names_in = {"a": ("Concepción del Uruguay", "PLACE"), "b": ("Concepcion del Uruguay", "ORG")}
    sources = [Source(k, t) for k, t in texts.items()]
    mentions = [Mention(k, n, label, texts[k].index(n), texts[k].index(n) + len(n))
                for k, (n, label) in names_in.items()]
    entities, _, _ = resolve(sources, mentions, [])
    assert [sorted(names(e)) for e in entities] == [["Concepcion del Uruguay", "Concepción del Uruguay"]]
    assert entities[0].label == "PLACE"


def test_a_town_transliterated_otherwise_than_the_gazetteer_knows_it_is_that_town(tmp_path):
    # "Larkhana" is no name the gazetteer has; it sounds nearly as "Larkana", which it has and the other report
    # names. One town: a spelling variant, and no conflict over where the meeting was.
    analysis = analyse(tmp_path, {
        "Inland Courier": "The two irrigation boards met in Larkana on Tuesday to share out the canal water.",
        "Harju Ledger": "The irrigation boards met in Larkhana on Tuesday and agreed a new rota for the canal.",
    })
    assert names(entity_of(analysis, "Larkana")) == {"Larkana", "Larkhana"}
    assert not [f for f in analysis.flags if f.kind == "place_conflict"]
    variants = [sorted(c.value for c in f.claims) for f in analysis.flags if f.kind == "name_variant"]
    assert ["Larkana", "Larkhana"] in variants


def test_a_people_s_word_is_no_spelling_of_its_country():
    # "Andorran" sounds nearly as "Andorra"; it is the word for the people, the name with an ending added.
    from reconcile.normalize.names import sound_of, transliterated
    assert transliterated(sound_of("Larkhana")[0], sound_of("Larkana")[0])
    assert not transliterated(sound_of("Andorran")[0], sound_of("Andorra")[0])


def test_a_name_run_into_the_body_the_person_heads_is_the_persons(tmp_path):
    analysis = analyse(tmp_path, {
        "Harju Ledger": """
        "Buyers want to return to the coast," acting chair of the National Asset Fund Kertu Lepik said in a
        statement.
        """,
        "Inland Courier": """
        The sale was signed for the state by Kertu Lepik, the fund's acting head.
        """,
    })
    assert names(entity_of(analysis, "National Asset Fund")) == {"National Asset Fund"}
    assert names(entity_of(analysis, "Kertu Lepik")) == {"Kertu Lepik"}
    assert len({m.source_id for m in entity_of(analysis, "Kertu Lepik").mentions}) == 2


def test_a_place_written_as_two_words_and_as_one_is_one_place_spelled_two_ways(tmp_path):
    analysis = analyse(tmp_path, {
        "Harju Ledger": """
        Flooding cut the road to villages in Kolli Thanapur district on Monday, officials in Kollam said.
        """,
        "Inland Courier": """
        Officials said flooding cut the road to villages in Kollithanapur on Monday.
        """,
    })
    assert names(entity_of(analysis, "Kollithanapur")) == {"Kolli Thanapur district", "Kollithanapur"}
    assert [sorted(c.value for c in f.claims) for f in analysis.flags] == [["Kolli Thanapur district", "Kollithanapur"]]
    assert [f.kind for f in analysis.flags] == ["name_variant"]


def test_a_company_named_before_the_price_paid_for_it_is_one_company_with_its_short_names(tmp_path):
    # the tagger takes "for Tk" into the name ("Orvel Agro for Tk"); the name ends where the price begins
    analysis = analyse(tmp_path, {
        "Inland Courier": """
        Kertu Foods agreed on Monday to buy a 60 percent stake in Orvel Agro Feeds Ltd, a maker of fish feed.
        Under the agreement, Kertu will buy the stake in Orvel Agro for Tk 390 crore. Orvel Agro employs 900 people.
        """,
        "Harju Ledger": """
        Kertu Foods will pay Tk 390 crore for control of Orvel Agro Feeds, the feed maker said. Orvel's chairman said
        the sale would fund a second mill.
        """,
    })
    assert names(entity_of(analysis, "Orvel Agro Feeds Ltd")) >= {"Orvel Agro Feeds Ltd", "Orvel Agro Feeds",
                                                                  "Orvel Agro", "Orvel"}


@pytest.mark.parametrize("given, goes_by, surname", [("Mart", "Kivi", "Saar"), ("Edvin", "Eddie", "Laske"),
                                                      ("Juan Carlos", "JC", "Orvel")])
def test_a_name_with_the_name_the_person_goes_by_in_quotes_is_the_same_person(tmp_path, given, goes_by, surname):
    # the tagger cuts such a name at a quote ('Mart' and a title 'Kivi" Saar', 'Edvin "Eddie' and a place 'Laske') or
    # leaves the surname out; reports without the quoted name are of the same person, and the quoted name is not
    # another spelling of it
    analysis = analyse(tmp_path, {
        "Inland Courier": f"""
        Former deputy mayor {given} "{goes_by}" {surname} got 41,205 votes, carrying the farming villages north of Tartu.
        {surname} said he accepted the result.
        """,
        "Harju Ledger": f"""
        {given} {surname}, the former deputy mayor, came second on 41,205 votes, the election board said.
        """,
    })
    person = entity_of(analysis, f'{given} "{goes_by}" {surname}')
    assert person.label == "PERSON"
    assert {f"{given} {surname}", surname} <= names(person)
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_a_name_after_an_office_goes_on_to_a_surname_with_its_particle(tmp_path):
    analysis = analyse(tmp_path, {
        "Inland Courier": """
        Governor Nabeel Kelvo al-Tarvo, who came to the market and met the injured at the city hospital on
        Wednesday, pledged 8 million dinars for every household.
        """,
        "Harju Ledger": """
        The provincial governor, Nabeel al-Tarvo, told reporters on Wednesday that inspectors would check the market.
        """,
    })
    # (the tagger reads "Kelvo al-Tarvo", the office's run of capitalised words "Nabeel Kelvo")
    assert names(entity_of(analysis, "Nabeel al-Tarvo")) == {"Nabeel Kelvo al-Tarvo", "Nabeel al-Tarvo"}


def test_a_burmese_courtesy_is_not_part_of_the_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Inland Courier": """
        U Kyaw Lin Tarvo, the state's health minister, went to the flood shelters on Monday.
        """,
        "Harju Ledger": """
        Kyaw Lin Tarvo, the state health minister, saw the flood shelters in the town on Monday.
        """,
    })
    minister = entity_of(analysis, "Kyaw Lin Tarvo")
    assert minister.label == "PERSON"
    assert all(not m.text.startswith("U ") for m in minister.mentions)
    assert {m.source_id for m in minister.mentions} == {s.id for s in analysis.sources}


def test_a_former_name_in_brackets_is_another_name_of_the_place(tmp_path):
    analysis = analyse(tmp_path, {
        "Inland Courier": """
        The plant stands in an industrial suburb of Thrissur (formerly Trichur), the inland city that ships most of
        the region's timber.
        """,
        "Harju Ledger": """
        The plant is just outside Thrissur, in Kerala.
        """,
    })
    assert {"Thrissur", "Trichur"} <= names(entity_of(analysis, "Trichur"))


def test_capitalised_words_before_club_are_the_clubs_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Lakes Sport": """
        TARTU, Estonia, Sept 6 (LS) - Kelvo Rugby Club won the county final on Sunday, 27-20 against Orvel.
        """,
        "Upland Voice": """
        Kelvo beat Orvel in the county final on Sunday, their first title since 2019.
        """,
    })
    assert entity_of(analysis, "Kelvo Rugby Club").label == "ORG"


def test_a_given_name_with_an_apostrophe_after_a_judges_title_is_part_of_the_name(tmp_path):
    analysis = analyse(tmp_path, {
        "Court Wire": """
        Justice Sa'adatu Lawan Bukar set June 4 for judgment once both sides had rested.
        """,
        "Inland Courier": """
        Justice Saadatu Lawan Bukar delivered the judgment on Thursday and jailed the former council chairman.
        """,
        "Upland Voice": """
        Justice Sa'ada Lawan Bukar said the former chairman had betrayed the trust of the council.
        """,
    })
    judge = entity_of(analysis, "Sa'adatu Lawan Bukar")
    assert {"Saadatu Lawan Bukar", "Sa'ada Lawan Bukar"} <= names(judge)
    # Three spellings of one given name: with the apostrophe, without it, and cut short (no name left out).
    variants = [{c.value for c in f.claims} for f in analysis.flags if f.kind == "name_variant"]
    assert variants == [{"Sa'adatu Lawan Bukar", "Saadatu Lawan Bukar", "Sa'ada Lawan Bukar"}]


def test_a_given_name_spelled_otherwise_that_the_tagger_cut_from_a_name_with_said_in_it_is_a_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Inland Courier": "The ferry's helmsman, Abdi Said Warsame, reached the beach unhurt, the officer said. "
                          "Officers were questioning him.",
        "Harju Ledger": "Abdy Said Warsame, who had the helm when the ferry tipped over, was arrested late on "
                        "Sunday.",
        "Upland Voice": "The helmsman, Abdi Said Warsame, remains in a police cell. Warsame's relatives say he "
                        "told the owner the ferry was too full.",
    })
    assert entity_of(analysis, "Abdy Said Warsame") is entity_of(analysis, "Abdi Said Warsame")
    assert [sorted({c.value for c in f.claims}) for f in analysis.flags if f.kind == "name_variant"] == [
        ["Abdi Said Warsame", "Abdy Said Warsame"]]


def test_a_legal_form_written_out_or_cut_short_is_no_spelling_variant(tmp_path):
    analysis = analyse(tmp_path, {
        "Straits Ledger": "Orvel Smelting Berhad said on Monday it would reopen its smelter in April.",
        "Peninsula Wire": "Orvel Smelting Bhd will reopen its smelter in April, a filing showed on Monday.",
    })
    assert entity_of(analysis, "Orvel Smelting Berhad") is entity_of(analysis, "Orvel Smelting Bhd")
    assert not [f for f in analysis.flags if f.kind == "name_variant"]


def test_a_family_name_written_first_with_a_letter_otherwise_is_one_person(tmp_path):
    analysis = analyse(tmp_path, {
        "Straits Ledger": "Managing director Teo Boon Kiat opened the new kiln line on Friday.",
        "Peninsula Wire": "The kiln line was opened by managing director Teh Boon Kiat. Teh said exports would follow.",
    })
    person = entity_of(analysis, "Teo Boon Kiat")
    assert person is entity_of(analysis, "Teh Boon Kiat") and "Teh" in names(person)
    assert {tuple(sorted(c.value for c in f.claims)) for f in analysis.flags if f.kind == "name_variant"} == {
        ("Teh Boon Kiat", "Teo Boon Kiat")}


def test_a_name_the_tagger_cut_in_two_is_one_person(tmp_path):
    # The small English model tags "Mohd Kamal" and "Abdul Latif" as two people side by side.
    analysis = analyse(tmp_path, {
        "Straits Ledger": "Group managing director Mohd Kamal Abdul Latif said the offer was fair.",
        "Peninsula Wire": "The offer is fair, said Mohd Kamal Abdul Latif, the group's managing director.",
    })
    assert {m.text for m in analysis.mentions if m.source_id == analysis.sources[0].id
            and m.label == "PERSON"} == {"Mohd Kamal Abdul Latif"}
    assert names(entity_of(analysis, "Mohd Kamal Abdul Latif")) == {"Mohd Kamal Abdul Latif"}

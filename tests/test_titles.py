"""Two titles of one person compared; the titles are invented for these checks."""

from __future__ import annotations

from reconcile.normalize.title_compare import body_words, compare_titles
from reconcile.normalize.titles import parse_title
from tests.test_general import analyse_pair, flagged, kinds


def relation(a: str, b: str) -> str:
    return compare_titles(parse_title(a), parse_title(b))[0]


def test_chair_president_and_head_of_a_commission_are_one_office():
    assert relation("Commission chair", "President of the National Audit Commission") == "variant"
    assert relation("head of the licensing board", "chairwoman of the Licensing Board") != "conflict"
    assert relation("chairman of the Harbour Committee", "President of the Harbour Committee") != "conflict"


def test_chair_and_president_of_an_authority_or_a_federation_are_one_office():
    assert relation("chairman of the Independent Broadcasting Authority",
                    "president of the Independent Broadcasting Authority") != "conflict"
    assert relation("chairwoman of the national rowing federation", "president of the national rowing federation") \
        != "conflict"
    assert relation("chairman of the Ports Authority", "president of the Ports Authority of Valdoria") != "conflict"
    # a company's president and its chairman are two posts
    assert relation("chairman of Arvel Logistics", "president of Arvel Logistics") == "conflict"


def test_a_deputy_head_is_not_the_chief_whatever_each_calls_the_post():
    assert relation("deputy head of the border post", "shift chief") == "conflict"
    assert relation("former deputy head of the customs office", "former shift chief") == "conflict"
    # the head of a delegation is no post of its own; a deputy called a deputy chief is the same deputy
    assert relation("deputy director of the treasury", "head of the delegation") != "conflict"
    assert relation("deputy head of the border post", "deputy chief of the border post") != "conflict"


def test_local_government_is_a_portfolio_not_a_body_said_by_its_kind():
    assert relation("deputy minister of local government", "deputy minister of health") == "conflict"
    # one office, its words in another order, as "Minister of Justice" and "Justice Minister" are
    assert relation("Minister of Local Government", "Local Government Minister") == "agree"
    assert relation("party vice-president", "ADR vice-president") == "variant"


def test_chairs_of_two_different_bodies_still_conflict():
    assert relation("chair of the audit committee", "chair of the ethics committee") == "conflict"


def test_a_body_named_in_its_own_language_and_described_in_english_is_one_office():
    assert relation("president of the regional government of Valdoria",
                    "president of the Generalitat de Valdoria") == "variant"
    # Two bodies described with generic words only are still two bodies.
    assert relation("president of the regional council", "president of the city council") == "conflict"


def test_a_former_office_agrees_with_the_same_office():
    assert relation("mayor of Brenford", "former mayor of Brenford") == "variant"
    assert relation("ex-governor", "governor") == "variant"


def test_the_town_described_is_the_town_named():
    assert relation("mayor of Brenford", "former mayor of the northern port city of Brenford") == "variant"
    assert relation("former mayor of Brenford", "former mayor of the northern port city of Aldwick") == "conflict"


def test_a_past_career_is_not_a_rival_present_office():
    assert relation("MP", "former nurse and borough councillor") == "variant"


def test_two_former_portfolios_conflict():
    assert relation("former transport secretary", "former housing secretary") == "conflict"
    assert relation("former Secretary of Transport of Velloria", "former housing secretary of Velloria") == "conflict"


def test_a_different_level_of_the_same_office_conflicts():
    assert relation("Regional Prosecutor", "National Prosecutor") == "conflict"
    assert relation("Provincial Auditor", "Federal Auditor") == "conflict"


def test_a_level_said_by_one_source_only_is_a_short_form():
    assert relation("Regional Prosecutor", "prosecutor") == "variant"


def test_an_executive_describes_rather_than_names_an_office():
    assert relation("former executive", "former purchasing director") == "variant"
    assert relation("chief executive", "chief financial officer") == "conflict"


def test_every_wording_on_each_side_of_a_title_conflict_is_evidence(tmp_path):
    from tests.test_event_plans import analyse

    analysis = analyse(tmp_path, [
        ("Balkan Wire", "2026-06-17", "Trade minister Mirela Vukic said the talks had gone well."),
        ("Danube Courier", "2026-06-18", "Mirela Vukic, Minister of Internal and Foreign Trade, led the delegation."),
        ("Trade Review", "2026-06-20", "Mirela Vukic, the Minister of Economy, signed the protocol."),
    ])
    [flag] = [f for f in analysis.flags if f.kind == "title_conflict"]
    values = {c.value for c in flag.claims}
    assert "Minister of Economy" in values
    assert {"Trade minister", "Minister of Internal and Foreign Trade"} <= values


def test_a_post_named_by_a_profession_in_an_apposition_is_a_title(tmp_path):
    from tests.test_event_plans import analyse

    # The tagger reads "Marine Surveyor" after "the Chief" as a name; it is the office.
    analysis = analyse(tmp_path, [
        ("Lake Wire", "2026-06-17", "Director of Marine Services Tamara Ngoma said the ferry was overloaded."),
        ("Lakeside Standard", "2026-06-18", "Tamara Ngoma, the Chief Marine Surveyor, said investigators would "
                                            "look at whether the ferry was overloaded."),
    ])
    [flag] = [f for f in analysis.flags if f.kind == "title_conflict"]
    assert {c.value for c in flag.claims} == {"Director of Marine Services", "Chief Marine Surveyor"}


def test_a_portfolio_listed_with_commas_or_read_as_a_name_in_an_apposition_before_the_name(tmp_path):
    from tests.test_event_plans import analyse

    analysis = analyse(tmp_path, [
        ("Prairie Wire", "2026-07-13", "The province's Minister of Forestry and Parks, Dale Morrow, said crews from "
                                       "two other provinces were on their way."),
        ("Valley Standard", "2026-07-14", "Dale Morrow, the Minister of Public Safety, said the province would help."),
        ("Coast Observer", "2026-07-15", "The Minister of Agriculture, Water Resources and Fisheries, Dale Morrow, "
                                         "said on Monday that the government understood."),
    ])
    titles = {c.value for c in analysis.claims if c.kind == "role" and c.subject == "Dale Morrow"}
    assert titles == {"Minister of Forestry and Parks", "Minister of Public Safety",
                      "Minister of Agriculture, Water Resources and Fisheries"}


def test_a_head_coach_is_the_coach_but_not_the_assistant_coach():
    assert relation("coach", "Harbour head coach") == "variant"
    assert relation("head coach", "assistant coach") == "conflict"
    assert relation("deputy minister", "minister") == "conflict"


def test_the_minister_responsible_for_a_portfolio_is_its_minister():
    assert relation("Flood Management Minister", "the minister responsible for floods") == "variant"
    assert relation("Flood Management Minister", "the minister responsible for ports") == "conflict"


def test_a_body_by_its_initials_and_hr_by_its_words_are_one_office():
    assert relation("general secretary of the Atlas Cycling Union", "ACU general secretary") != "conflict"
    assert relation("HR director", "director of human resources") == "agree"
    assert relation("general secretary of the Atlas Cycling Union", "ABC general secretary") == "conflict"


def test_a_deputy_is_not_the_office_he_deputises_for():
    # "head" alone is loose ("the head of the agency" may be its director), but a deputy head is never the head.
    assert relation("deputy head of the audit department", "head of the audit department") == "conflict"
    assert relation("former regent of Halvik", "former deputy regent of Halvik") == "conflict"
    assert relation("prefect of Halvik", "governor of the Halvik region") == "conflict"
    assert relation("regent of Halvik", "Halvik regent") != "conflict"


def test_a_judge_styled_justice_is_the_associate_justice_but_not_the_chief():
    assert relation("Justice", "Associate Justice") == "variant"
    assert relation("Justice", "Chief Justice") == "conflict"
    assert relation("Associate Justice", "Chief Justice") == "conflict"
    assert relation("Associate Judge", "Judge") == "conflict"  # a lower rank of judge in some courts


def test_where_a_holder_is_in_the_term_and_a_part_in_talks_are_not_other_offices():
    assert relation("Mayor", "outgoing mayor") != "conflict"
    assert relation("outgoing mayor", "outgoing deputy mayor") == "conflict"
    assert relation("Director General", "lead negotiator") != "conflict"


def test_a_seat_in_an_assembly_is_held_beside_another_office():
    assert relation("congressman", "secretary-general") != "conflict"
    assert relation("senator", "chair of the finance committee") != "conflict"
    assert relation("senator", "congressman") == "conflict"
    # a deputy of a level with nothing else said is a seat in a chamber, not someone's deputy
    assert relation("federal deputy", "Senator") == "conflict"
    assert relation("federal deputy", "chair of the agriculture committee") != "conflict"


def test_a_lawmaker_is_whichever_seat_another_report_names():
    assert relation("lawmaker", "sitting MP") == "variant"
    assert relation("legislator", "congressman") == "variant"
    assert relation("senator", "MP") == "conflict"


def test_a_body_said_by_its_kind_is_the_body_another_report_names():
    assert relation("party vice-president", "KDU vice-president") != "conflict"
    assert relation("District Judge", "Magistrate Judge") == "conflict"


def test_a_military_rank_is_held_beside_a_command():
    assert relation("Colonel", "commander of the Coastal Protection Force") != "conflict"
    assert relation("Colonel", "General") == "conflict"
    # A rank is one office of all its words: a lieutenant colonel is no colonel, nor a major.
    assert relation("Lieutenant Colonel", "Major") == "conflict"
    assert relation("Colonel", "Lieutenant Colonel") == "conflict"
    assert relation("Police Major", "Major") != "conflict"
    assert relation("Major", "fire department spokesman") == "variant"
    # A commander of a unit holds an office, not a rank: it conflicts with another office.
    assert relation("commander of the Coast Guard district", "Coast Guard spokesman") == "conflict"


def test_the_bare_office_in_one_report_does_not_hide_two_fuller_forms(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Judge Rosa Vela Quispe, the presiding judge of the appeals chamber, read out the decision on Tuesday.",
        "Judge Rosa Vela, president of the Superior Court of Junin, would not comment on the appeal.",
    )
    [flag] = kinds(analysis, "title_conflict")
    assert {c.value for c in flag.claims} >= {"presiding judge of the appeals chamber",
                                              "president of the Superior Court of Junin"}


def test_two_words_of_one_club_name_are_one_club():
    club = [body_words("Sporting de Villamar")]
    assert compare_titles(parse_title("Sporting coach"), parse_title("Villamar coach"), club)[0] == "variant"
    assert compare_titles(parse_title("Sporting coach"), parse_title("Villamar coach"))[0] == "conflict"
    assert compare_titles(parse_title("Sporting coach"), parse_title("Atletico coach"), club)[0] == "conflict"



def test_a_role_held_beside_does_not_hide_a_deputy_post(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Auditor Miren Olabarri, deputy head of the fraud unit at the Northern audit office, said the report was done.",
        "Miren Olabarri, head of the fraud unit at the Northern audit office, said the report would be published.",
    )
    [flag] = kinds(analysis, "title_conflict")
    assert {c.value for c in flag.claims} >= {"deputy head of the fraud unit", "head of the fraud unit"}


def test_a_city_councillor_is_a_municipal_councillor():
    assert relation("municipal councillor", "city councillor") != "conflict"
    assert relation("city judge", "district judge") == "conflict"


def test_a_deputy_for_one_area_is_not_the_head_of_another():
    assert relation("deputy for flood relief", "head of logistics and supply") == "conflict"
    assert relation("deputy for flood relief", "chief of the relief unit") == "conflict"
    assert relation("deputy for flood relief", "deputy head of logistics") != "conflict"


def test_a_superior_prosecutor_is_above_a_provincial_one():
    assert relation("provincial fraud prosecutor", "superior fraud prosecutor for Valdoria") == "conflict"
    assert relation("superior fraud prosecutor", "fraud prosecutor") != "conflict"


def test_a_town_described_by_its_kind_is_the_town_another_report_names():
    assert relation("builder and former mayor of Brenford town", "former mayor of the provincial capital") != "conflict"
    assert relation("mayor of Brenford", "mayor of the town") != "conflict"
    assert relation("former mayor of Brenford town", "former mayor of Aldwick town") == "conflict"


def test_a_portfolio_cut_to_its_first_area_is_a_short_form():
    assert relation("Secretary of State for Coastal and Island Affairs", "secretary of state for coastal affairs") \
        == "variant"
    assert relation("Minister for Fisheries, Ports and Shipping", "Minister for Fisheries") == "variant"
    # The area the full title lists last, or another area, names another office.
    assert relation("Secretary of State for Coastal and Island Affairs", "secretary of state for island affairs") \
        == "conflict"
    assert relation("Minister for Fisheries, Ports and Shipping", "Minister for Forests") == "conflict"


def test_chief_before_a_profession_ranks_it_and_the_profession_is_the_office():
    assert relation("chief engineer", "flight director") == "conflict"
    assert relation("chief surgeon", "chief surgeon") == "agree"
    assert relation("Chief Economist", "chief economist of the bank") != "conflict"
    # "chief of staff" is still a post of its own, not a "staff" ranked "chief"; nor is it the post of the one
    # whose staff it runs.
    assert parse_title("chief of staff").office == "chief of staff"
    assert relation("deputy governor", "chief of staff to the governor") == "conflict"
    assert relation("chief of staff", "chief of staff to the governor") == "variant"


def test_a_bare_deputy_is_a_short_form_of_a_deputy_post():
    assert relation("deputy", "deputy general secretary") == "variant"
    assert relation("deputy", "general secretary") != "variant"


def test_a_portfolio_in_the_plural_is_the_same_portfolio():
    assert relation("Emergencies Minister", "Minister of Emergency Situations") == "variant"
    assert relation("Minister for Utilities", "Utility Minister") != "conflict"
    assert relation("Minister of Cities", "Minister of Regional Development") == "conflict"


def test_a_rank_word_before_a_thing_is_no_office():
    # "an extraordinary general meeting", "a major road": no one holds them.
    assert parse_title("extraordinary general meeting").office == ""
    assert parse_title("major road").office == ""
    assert parse_title("general").office == "general"
    assert parse_title("general of the army").office == "general"


def test_the_head_of_a_management_board_is_the_chief_executive_but_the_supervisory_boards_chair_is_not():
    assert relation("president of Brenmark's management board", "chief executive") != "conflict"
    assert relation("chairman of the management board", "CEO") != "conflict"
    assert relation("chairman of the supervisory board", "chief executive") == "conflict"


def test_the_region_a_regional_office_serves_is_not_what_it_covers():
    assert relation("regional director for Valparaíso", "Regional labour director") != "conflict"
    assert relation("regional director for Valparaíso", "regional director for Santiago") == "conflict"


def test_two_offices_held_together_agree_with_either_but_not_with_a_third():
    assert relation("chairman and managing director", "chairman") == "variant"
    assert relation("deputy prime minister and foreign minister", "foreign minister") == "variant"
    assert relation("chairman and managing director", "chief financial officer") == "conflict"
    # "founder" describes the person: it does not make "founder and chief executive" agree with "chairman"
    assert relation("founder and chief executive", "chairman") == "conflict"
    # one office whose portfolio joins two fields
    assert relation("Minister of Water and Sanitation", "Minister of Agriculture") == "conflict"


def test_a_profession_someone_trained_in_is_not_an_office_told_against_theirs(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kemal Ersoy, 51, a civil engineer who built bridges for the group before he took charge, said the "
        "shipyard would keep its workforce.",
        "The purchase was agreed in Porto on Monday by Demir Tersane chief executive Kemal Ersoy.",
    )
    assert kinds(analysis, "title_conflict") == []
    assert "civil engineer" not in {c.value for c in analysis.claims if c.attribute == "title"}


def test_a_portfolio_listed_before_the_office_keeps_an_area_of_two_words(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Rural Development, Lands and Water Minister Marta Quispe will fly to Sorata on Thursday.",
        "Rural Development Minister Marta Quispe said the canal would be repaired.",
    )
    assert {c.value for c in analysis.claims if c.attribute == "title"} == {
        "Rural Development, Lands and Water Minister", "Rural Development Minister"}
    assert kinds(analysis, "title_conflict") == []


def test_the_head_of_a_body_is_not_its_secretary():
    assert relation("head of the Korvel Water Resources Agency", "secretary of the Korvel water agency") == "conflict"
    assert relation("head of the agency", "treasurer") == "conflict"
    # a group someone leads for a while, beside any post, and one post told two ways, are no conflict
    assert relation("head of the delegation", "secretary of the Korvel water agency") != "conflict"
    assert relation("head of the water agency", "director of the water agency") != "conflict"


def test_the_title_of_a_name_only_another_report_shows_to_be_a_person_s_is_read(tmp_path):
    # the tagger marks no person in the second report's sentence; the first report names him as one
    analysis = analyse_pair(
        tmp_path,
        "The race director, Borilo Negori, said the descent had been checked on Friday morning.",
        "Borilo Negori, the race's technical director, defended the choice of the descent.",
    )
    [flag] = kinds(analysis, "title_conflict")
    assert {"race director", "technical director"} <= {c.value.lower() for c in flag.claims}


def test_a_clause_after_a_found_name_is_not_read_as_a_title(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The race director, Borilo Negori, said the descent had been checked on Friday morning.",
        "Borilo Negori, who spent ten years as technical director, defended the choice of the descent.",
    )
    # the name was found in the second report, and the first report's title read
    assert any(m.source_id == "second" and m.label == "PERSON" and m.text == "Borilo Negori" for m in analysis.mentions)
    assert {c.value for c in analysis.claims if c.kind == "role"} == {"race director"}
    assert not kinds(analysis, "title_conflict")


def test_a_rank_word_that_names_a_body_is_not_a_rank():
    assert relation("chair of the municipal executive board", "executive board chair") != "conflict"
    assert relation("executive director", "director") == "conflict"  # but a rank before the office still is one


def test_a_rank_before_a_name_is_compared_with_ranks_and_the_office_before_it_with_offices(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "State fire department spokesman Lieutenant Colonel Marko Ilic said 40 people were still missing.",
        "Major Marko Ilic, the fire department's spokesman, said the search would go on through the night.",
    )
    [flag] = kinds(analysis, "title_conflict")
    assert sorted(c.value for c in flag.claims) == ["Lieutenant Colonel", "Major"]


def test_an_academic_rank_is_held_beside_a_post(tmp_path):
    assert relation("Professor", "returning officer") == "variant"
    assert relation("associate professor of law", "Vice-Chancellor") == "variant"
    assert relation("professor of law", "lecturer in law") == "conflict"
    analysis = analyse_pair(
        tmp_path,
        "The commission named Professor Olufemi Adegbite-Bankole, Vice-Chancellor of Harrowgate University, "
        "as returning officer.",
        "The result was announced by Professor Olufemi Adegbite-Bankole, Deputy Vice-Chancellor of Harrowgate "
        "University.",
    )
    [flag] = kinds(analysis, "title_conflict")
    values = sorted(c.value for c in flag.claims)
    assert len(values) == 2 and values[0].startswith("Deputy Vice-Chancellor") and "Professor" not in values


def test_an_office_of_a_committee_named_by_a_participle_is_read_whole(tmp_path):
    # "organising" does not end the office: it names the committee
    analysis = analyse_pair(
        tmp_path,
        '"The road was closed and the riders\' safety comes first," said race director Tomas Bustillo.',
        '"The road was closed and safety comes first," said Tomas Bustillo, president of the organising committee.',
    )
    titles = {c.value for c in analysis.claims if c.kind == "role"}
    assert "president of the organising committee" in titles
    assert [sorted(c.value for c in f.claims) for f in kinds(analysis, "title_conflict")] == [
        ["president of the organising committee", "race director"]]


def test_a_long_office_at_a_bank_named_with_its_country_is_read_whole(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Lidia Ortmann, the former chairman of the management board of Austria's state-owned Kestrel Savings Bank, "
        "told the court on Monday that she had never taken money from the bank.",
        "The court sentenced Lidia Ortmann, the former chairman of the supervisory board of the state-owned Kestrel "
        "Savings Bank, to six years in prison on Thursday.",
    )
    titles = {c.value for c in analysis.claims if c.kind == "role"}
    assert "former chairman of the management board of Austria's state-owned Kestrel Savings Bank" in titles
    assert len(kinds(analysis, "title_conflict")) == 1


def test_a_minister_of_state_is_a_junior_minister_not_the_minister():
    assert relation("Health Minister", "State Minister for Health") == "conflict"
    assert relation("Minister of Finance", "Minister of State for Finance") == "conflict"
    assert relation("State Minister for Health", "state minister") == "variant"
    # the ministry of state security's minister is the minister
    assert relation("Minister of State Security", "minister") == "variant"


def test_an_accountant_general_is_an_office_not_a_generals_rank():
    assert relation("Accountant-General", "Commissioner for Finance") == "conflict"
    assert relation("former Accountant-General of the state", "accountant-general") == "variant"


def test_a_phrase_of_the_clause_after_a_name_is_no_title_of_it(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The visitors rely on centre-back Mateo Quiroga, on the free kicks of their captain, Bruno Salcedo, and on "
        "goalkeeper Iván Rosales.",
        "Defender Mateo Quiroga was sent off on Sunday.",
    )
    assert kinds(analysis, "title_conflict") == []


def test_the_head_of_a_department_is_not_the_towns_mayor_or_deputy_mayor():
    assert relation("former deputy mayor of Tarnowo", "former head of the urban development department") == "conflict"
    assert relation("deputy mayor responsible for the environment", "head of the municipal environment office") \
        == "conflict"
    assert relation("mayor", "head of the city administration") != "conflict"


def test_a_deputy_of_any_office_is_another_post_than_the_office():
    assert relation("chief observer", "deputy chief observer") == "conflict"
    assert relation("assistant head of mission", "head of mission") == "conflict"


def test_the_head_of_a_department_is_not_the_director_of_the_institution():
    assert relation("head of the neurology department", "director of the Saint Anne Teaching Hospital") == "conflict"
    assert relation("director of the Saint Anne Teaching Hospital", "head of the neurology department") == "conflict"
    assert relation("head of the neurology department", "director of the neurology department") != "conflict"
    assert relation("head of the neurology department", "director") != "conflict"


def test_the_head_coach_is_not_a_specialist_coach_but_a_club_s_coach_may_be_the_head_coach():
    assert relation("head coach", "bowling coach") == "conflict"
    assert relation("head coach", "coach") != "conflict"
    assert relation("head coach", "Lakers coach") != "conflict"


def test_a_body_s_president_named_by_its_initials_is_the_chair_its_full_name_makes():
    # "president of a council" is its chair; the initials do not show that the body is a council
    assert relation("president of Andorra's Provisional Broadcasting Council", "PBC president") == "variant"
    assert relation("chairman of the Provisional Broadcasting Council", "PBC president") == "variant"
    assert relation("president of the Provisional Broadcasting Council", "FIFA president") == "conflict"


def test_secretary_of_state_before_a_name_is_the_title_not_a_given_name(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Governor Edvin Laske said rescue teams were searching flooded areas of the Orvel valley.",
        "Provincial Secretary of State Edvin Laske, who toured the Orvel valley on Tuesday, said the water came at night.",
    )
    assert {m.text for m in analysis.mentions if m.label == "PERSON"} == {"Edvin Laske"}
    [flag] = kinds(analysis, "title_conflict")
    assert sorted(c.value for c in flag.claims) == ["Governor", "Provincial Secretary of State"]


def test_the_chair_of_a_body_named_in_english_and_in_its_own_language_is_its_president(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske, chairman of the Valdorian Electoral Authority (IVE), said turnout had reached 41 per cent.",
        "Edvin Laske, president of the Instance valdorienne des élections (IVE), said turnout stood at 41 per cent.",
    )
    assert "Instance valdorienne des élections" in {m.text for m in analysis.mentions if m.label == "ORG"}
    assert kinds(analysis, "title_conflict") == []


def test_the_chairs_of_two_bodies_each_with_initials_still_conflict(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske, chairman of the Valdorian Electoral Authority (IVE), said turnout had reached 41 per cent.",
        "Edvin Laske, president of the Instance valdorienne des douanes (IVD), said turnout stood at 41 per cent.",
    )
    assert len(kinds(analysis, "title_conflict")) == 1


def test_an_office_told_as_formerly_held_is_a_former_office(tmp_path):
    from tests.test_event_plans import analyse

    analysis = analyse(tmp_path, [
        ("Strait Wire", "2027-09-24", "The court jailed Edvin Laske, the former deputy director of process "
                                      "integration at Arvel Logistics, for eight years."),
        ("Chip Review", "2027-09-25", "The court convicted Edvin Laske, formerly director of advanced process "
                                      "development at Arvel Logistics, of fraud."),
    ])
    [flag] = [f for f in analysis.flags if f.kind == "title_conflict"]
    assert {c.value for c in flag.claims} == {"former deputy director of process integration",
                                               "formerly director of advanced process development"}
    # and "formerly" agrees with "former": the same office, once held
    assert relation("formerly director of process integration", "former director of process integration") != "conflict"


def test_what_is_done_before_an_and_and_an_office_is_not_the_title(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Goalkeeper Edvin Laske made three saves in the derby and striker Pavel Tsvorek scored twice.",
        "Orvel United striker Pavel Tsvorek scored twice, and Trade and Industry Minister Kertu Lepik "
        "handed over the cup.")
    titles = {(c.subject, c.value) for c in analysis.claims if c.attribute == "title"}
    assert ("Pavel Tsvorek", "striker") in titles
    assert ("Kertu Lepik", "Trade and Industry Minister") in titles
    assert kinds(analysis, "title_conflict") == []


def test_a_rank_word_in_the_name_of_a_unit_is_not_a_rank():
    assert relation("Prosecutor", "Special Operations Unit prosecutor") == "variant"
    assert relation("Special Envoy", "Envoy") == "variant"
    assert relation("Deputy Director", "Senior Deputy Director") == "conflict"


def test_a_departing_player_holds_the_same_post():
    assert relation("departing striker", "Orvel United striker") == "variant"


def test_a_trade_alone_is_held_beside_an_office_but_a_post_named_by_a_trade_is_a_post():
    assert relation("physician", "party president") == "variant"
    assert relation("a lawyer", "Justice Minister") == "variant"
    assert relation("technical supervisor", "chief engineer") == "conflict"
    assert relation("accountant", "chief financial officer") == "conflict"


def test_a_name_opening_a_clause_on_a_firm_holds_no_office_the_firm_is_called_by(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kelvo Capital, the Tartu broker Edvin Laske has led for a decade, will pay €90m for the stake.",
        "Kelvo Capital's chief executive, Edvin Laske, said the deal would close in June.",
    )
    assert not [c for c in analysis.claims if c.kind == "role" and "broker" in c.value]
    assert kinds(analysis, "title_conflict") == []


def test_a_vice_minister_is_a_deputy_minister():
    # translations write the one rank both ways
    assert relation("Deputy Foreign Minister", "Vice Minister of Foreign Affairs") != "conflict"
    assert relation("Vice-Minister of Fisheries", "Deputy Minister of Fisheries") != "conflict"
    assert relation("Vice-Minister of Fisheries", "Minister of Fisheries") == "conflict"


def test_a_lead_investigator_is_the_investigator_who_leads():
    assert relation("investigator", "lead investigator") == "variant"
    assert relation("lead prosecutor", "prosecutor") == "variant"
    assert relation("lead prosecutor", "deputy prosecutor") == "conflict"


def test_a_surgeon_is_a_doctor():
    assert relation("doctor", "surgeon") == "variant"
    assert relation("surgeon", "physician") == "variant"


def test_an_office_with_the_area_it_serves_and_without_it_is_one_office():
    assert relation("District returning officer", "Returning officer") == "variant"
    assert relation("deputy returning officer", "returning officer") == "conflict"
    assert relation("Viljandi County Police Commander", "Coast Regional Police Commander") == "conflict"


def test_words_two_reports_use_for_one_post_or_portfolio():
    assert relation("Ghanaian forward", "striker") != "conflict"
    assert relation("Minister of Industry, Commerce and Energy", "trade minister") == "variant"
    assert relation("Minister of Commerce", "Minister of Energy") == "conflict"


def test_a_senior_grade_is_the_office_but_not_another_post_of_it():
    assert relation("Senior accountant", "accountant") == "variant"
    assert relation("former tax adviser", "former senior tax adviser") == "variant"
    assert relation("Regional accountant", "Senior accountant") == "conflict"
    assert relation("Senior accountant", "Head accountant") == "conflict"


def test_the_part_someone_plays_in_a_case_is_not_a_rival_office():
    assert relation("prosecutor", "Senior Public Attorney") == "variant"
    assert relation("Prosecutor", "Assistant Attorney-General") == "variant"
    assert relation("Judge", "President of the District Court") == "variant"
    assert relation("chairman", "Justice") == "variant"
    # a part named with more than its bare word, and an office of another part, stay offices
    assert relation("Judge", "prosecutor") == "conflict"
    assert relation("Judge", "President of the Football Association") == "conflict"
    assert relation("Anti-Fraud prosecutor", "Assistant Attorney-General") == "conflict"


def test_a_name_with_an_initial_after_an_office_taken_whole_for_a_body_is_the_person():
    from spacy.tokens import Span

    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = "Special Public Prosecutor T. Kertu Lepik told the court that the dye works had dumped waste for years."
    doc = load_model()(text)
    doc.ents = [Span(doc, 0, 6, label="ORG")]  # the office and the name as one body's name, as the tagger may
    assert [(e.text, e.label) for e in DocContext(Source("a", text), doc).ents][:1] == [("T. Kertu Lepik", "PERSON")]


def test_deputy_styled_alone_before_a_name_is_a_seat_held_beside_another_office():
    # "the commission, chaired by Deputy Mart Saar": a member of the chamber of deputies
    assert relation("Deputy", "commission chair") != "conflict"
    # "his deputy" is someone's deputy, another post than the chair
    assert relation("deputy", "commission chair") == "conflict"


def test_a_portfolio_that_lists_its_parts_with_commas_is_read_before_the_name():
    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = ("**10:20** - Minister of Environment, Forest and Climate Change Farida Anwar, who leads her country's "
            "side, has arrived at the hall.")
    doc = load_model()(text)
    assert ("Farida Anwar", "PERSON") in {(e.text, e.label) for e in DocContext(Source("a", text), doc).ents}


def test_a_side_s_captain_also_plays_in_a_position():
    assert relation("injured captain", "goalkeeper") == "variant"
    assert relation("club captain", "central defender") == "variant"
    assert relation("defender", "goalkeeper") == "conflict"


def test_an_office_in_the_country_s_own_word_is_the_office_the_other_report_names():
    # "akim": a region's governor or a town's mayor in Kazakhstan; "hokim" in Uzbekistan
    assert relation("akim", "regional governor") == "variant"
    assert relation("the regional akim", "governor of the region") == "variant"
    assert relation("city hokim", "mayor") == "variant"
    # a region's akim is no town's mayor, and a deputy is not the akim
    assert relation("akim of the Viljandi region", "mayor of Paide") == "conflict"
    assert relation("deputy akim", "regional governor") == "conflict"


def test_an_additional_judge_or_secretary_holds_another_post_than_the_one_named_without_it():
    assert relation("Chief Judicial Magistrate", "Additional Chief Judicial Magistrate") == "conflict"
    assert relation("Additional Sessions Judge", "Sessions Judge") == "conflict"
    assert relation("Additional Secretary", "Additional Secretary at the Finance Ministry") == "variant"


def test_a_special_envoy_is_a_post_but_an_envoy_alone_a_part_played():
    assert relation("special envoy", "ambassador to Orvamaa") == "conflict"
    assert relation("special envoy", "Special Envoy for the Kelvo Basin") == "variant"
    assert relation("envoy", "ambassador") == "variant"


def test_two_ranks_of_the_police_written_with_of_police_are_two_ranks():
    assert relation("Inspector", "Deputy Superintendent of Police") == "conflict"
    assert relation("Superintendent of Police", "Senior Superintendent of Police") == "conflict"
    assert relation("Superintendent of Police", "Police Superintendent") == "agree"


def test_a_special_judge_called_judge_and_a_suspended_manager_keep_their_offices():
    assert relation("Judge", "Special Judge") == "variant"
    assert relation("Orvel manager", "suspended manager") == "variant"
    assert relation("Special Judge", "Additional Judge") == "conflict"


def test_a_surname_alone_before_a_past_office_and_after_but_is_the_persons(tmp_path):
    analysis = analyse_pair(tmp_path, """
        Nimal Ratnasiri, a former deputy mayor of Paide, leads the count. Dereje Tolossa, a former regional health
        minister, is second.
        """, """
        Ratnasiri, a former mayor of Paide, thanked voters outside the count centre. But Tolossa, a former regional
        agriculture minister, told reporters she would seek a recount.
        """)
    flagged_values = [sorted(" ".join(c.value.split()) for c in f.claims) for f in kinds(analysis, "title_conflict")]
    assert ["former deputy mayor of Paide", "former mayor of Paide"] in flagged_values
    assert ["former regional agriculture minister", "former regional health minister"] in flagged_values


def test_a_rank_written_of_police_before_a_name_is_compared_with_the_rank_another_report_gives(tmp_path):
    analysis = analyse_pair(tmp_path, """
        The theft was investigated by Inspector Mart Saar of the Narva city police, who told the court of the
        confession.
        """, """
        Deputy Superintendent of Police Mart Saar, who led the inquiry, watched the verdict from the gallery.
        """)
    assert [sorted(c.value for c in f.claims) for f in kinds(analysis, "title_conflict")] == [
        ["Deputy Superintendent of Police", "Inspector"]]


def test_two_past_posts_are_compared_whatever_follows_former():
    # "former" before a body's name or a trade with no office word is still the past of the post
    assert relation("former board chairman of the Orvel Growers Cooperative", "former general manager") == "conflict"
    assert relation("former chief forester of the Kelvo woodland trust", "former deputy director") == "conflict"
    assert relation("former board chairman", "board chairman") == "variant"
    # a deputy is of the post, not of the body named between: one office, its words in another order
    assert relation("former deputy council chairman", "former deputy chairman of the council") == "variant"


def test_a_head_of_a_school_however_called_and_the_present_holder_are_one_office():
    assert relation("headteacher", "school principal") == "agree"
    assert relation("former headmistress", "former principal") == "agree"
    assert relation("present chief executive", "Orvel chief executive") != "conflict"
    assert relation("headteacher", "deputy headteacher") == "conflict"


def test_a_general_secretary_is_a_secretary_general_in_either_order():
    assert relation("general secretary", "secretary general") == "agree"
    assert relation("General Secretary of the union", "secretary general") in ("agree", "variant")
    assert relation("deputy general secretary", "secretary general") == "conflict"


def test_a_candidate_put_forward_by_a_list_holds_no_forwards_position(tmp_path):
    analysis = analyse_pair(tmp_path, """
        The governing list has put forward Kertu Lepik, a primary school headteacher, to serve as deputy mayor.
        """, """
        Kertu Lepik, a school principal in Paide, is the governing list's choice for deputy mayor.
        """)
    assert not kinds(analysis, "title_conflict")
    lepik = [c.value for c in analysis.claims if c.kind == "role" and "Lepik" in c.subject]
    assert lepik and "forward" not in lepik


def test_an_office_with_a_listed_portfolio_or_after_according_to_is_its_holders_title(tmp_path):
    analysis = analyse_pair(tmp_path, """
        The province's Commissioner for Trade, Industry and Tourism, Tunde Olumide Akere, said the new mill
        would open next year.
        """, """
        The mill will be built near Kollam, according to the Commissioner for Water Resources,
        Tunde Olumide Akere, who was at the ceremony.
        """)
    assert flagged(analysis, "title_conflict") == [
        ["Commissioner for Trade, Industry and Tourism", "Commissioner for Water Resources"]]


def test_an_office_after_the_to_of_a_verb_is_its_holders_title(tmp_path):
    # the "to" of "spoke to" is the verb's; the "to" of "Ambassador to X" stays the office's
    analysis = analyse_pair(tmp_path, """
        Reporters spoke to the Minister for Water Resources, Tunde Olumide Akere, after the vote in Kollam.
        """, """
        Tunde Olumide Akere, the Minister for Fisheries, welcomed the vote in Kollam.
        """)
    assert flagged(analysis, "title_conflict") == [["Minister for Fisheries", "Minister for Water Resources"]]


def test_a_city_force_and_a_provinces_force_are_two_commands():
    assert relation("metropolitan police commander", "provincial police commander") == "conflict"


def test_the_head_of_a_firm_left_unnamed_is_the_head_of_the_firm_named():
    assert relation("chief executive of the Estonian group", "HML chief executive") == "variant"
    assert relation("chief executive of the company", "chief executive") == "agree"
    assert relation("president of the club", "president of the federation") == "conflict"


def test_an_office_in_a_firm_described_by_its_part_in_the_deal_agrees_with_the_firm_named():
    assert relation("president director of the Estonian partner", "president director of Harju Nikel") == "variant"
    assert relation("chairman of the Estonian partner", "chairman of the Latvian partner") == "conflict"


def test_a_title_with_the_club_named_more_fully_is_the_same_title():
    # (the town in the club's name read as where the office serves in one report only)
    short, full = parse_title("Narva forward"), parse_title("HK Kalev Narva forward", {"Narva"})
    assert compare_titles(short, full)[0] == "variant"


def test_two_offices_set_off_by_commas_hold_the_office_the_other_report_names():
    full = "Minister of State, Minister of Fisheries, the Blue Economy and Ports"
    assert relation("Fisheries Minister", full) == "variant"
    assert relation("Minister of Health", full) == "conflict"


def test_an_office_told_by_its_level_agrees_with_the_office_of_the_area_named():
    assert relation("provincial mayor", "mayor of Orvel province") == "variant"
    assert relation("provincial governor", "governor of Tartu region") == "conflict"


def test_a_post_held_in_a_body_is_the_post_with_the_body_as_its_scope():
    # "in the Prime Minister's Office" says where a junior minister serves; the office is still the minister's
    held = "Minister of State in the Vice-President's Office"
    assert relation(held, "Minister of State") == "variant"
    assert relation("Deputy Minister in the Vice-President's Office", "deputy minister") == "variant"
    assert relation(held, "Deputy Minister in the Vice-President's Office") == "conflict"
    assert relation("Minister of State in the Ministry of Finance", "Minister of State for Finance") == "variant"


def test_a_rank_written_between_the_post_and_the_name_is_held_beside_the_post():
    assert relation("Rapla police spokesperson Sub-Inspector", "Police spokesperson") == "variant"
    assert relation("district police commander Superintendent", "district police commander") == "variant"
    # a rank, all of it, and an office whose own word is a rank's, are still compared as they are
    assert relation("Police Chief Inspector", "Police Inspector") == "conflict"
    assert relation("Prosecutor General", "public prosecutor") == "conflict"
    # the post still has to agree
    assert relation("Rapla police spokesperson Sub-Inspector", "Rapla district commissioner") == "conflict"

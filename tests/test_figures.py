"""Counts, amounts and figures only one source gives, on invented articles."""

from __future__ import annotations

import pytest

import reconcile
from tests.test_general import analyse_pair, flagged, kinds, write_articles


def quantities(analysis, category=None):
    return [c for c in analysis.claims if c.kind == "quantity"
            and (category is None or c.qualifiers.get("category") == category)]


def terms_held(analysis):
    """The prison terms of the first report, each with whom it names as sentenced."""
    return {c.value: c.qualifiers["holder"] for c in quantities(analysis, "sentence")
            if c.source_id == analysis.sources[0].id}


def test_a_term_in_years_and_months_agrees_with_the_same_term_in_months(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Lindenau on Friday sentenced former treasurer Bruno Feltz to 11 years and three months in prison.",
        "Bruno Feltz was sentenced to 135 months in prison on Friday.",
    )
    terms = quantities(analysis, "sentence")
    assert sorted(c.norm for c in terms) == [135, 135]
    assert kinds(analysis, "number_conflict") == []


def test_more_than_a_term_is_a_lower_bound(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Lindenau sentenced former treasurer Bruno Feltz to 11 years and three months in prison.",
        "A court in Lindenau jailed former treasurer Bruno Feltz for more than 11 years.",
    )
    [lower] = [c for c in quantities(analysis, "sentence") if c.source_id == "second"]
    assert lower.qualifiers["approx"] == "lower"
    assert kinds(analysis, "number_conflict") == []


def test_a_term_of_years_and_one_day_is_read_whole(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The former mayor Edda Quillfeld was sentenced to three years and one day in prison.",
        "Edda Quillfeld was sentenced to four years in prison on Monday.",
    )
    values = {c.value: c.norm for c in quantities(analysis, "sentence")}
    assert values == {"three years and one day": 36, "four years": 48}
    [flag] = kinds(analysis, "number_conflict")
    assert {c.norm for c in flag.claims} == {36, 48}


def test_currency_codes_and_names_are_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The council gave Tk 40,000 to each family. The operator will pay VND250 million in compensation. "
        "The mill was sold for 720 million pesos. The town set aside Bs 80,000 for the clean-up. The club paid "
        "RM2.4 million for the winger; the ministry paid Le 31 million to the builder; the dairy was valued at "
        "E270 million, and the loans came to 1.6 billion lek. Drivers took the E45 for 12 kilometres.",
        "The storm flattened 300 homes in the delta, officials said.",
    )
    amounts = {c.value: c.qualifiers["unit"] for c in quantities(analysis)
               if str(c.qualifiers.get("category")).startswith("amount")}
    assert amounts == {"Tk 40,000": "BDT", "VND250 million": "VND", "720 million pesos": "PESO", "Bs 80,000": "BOB",
                       "RM2.4 million": "MYR", "Le 31 million": "SLE", "E270 million": "SZL",
                       "1.6 billion lek": "ALL"}
    figures = {c.claims[0].value for c in kinds(analysis, "single_source")}
    assert {"Tk 40,000", "VND250 million", "720 million pesos"} <= figures


@pytest.mark.parametrize("first, second", [
    # A currency's ISO code against its name with the country's adjective.
    ("The stake was sold for RWF 45 billion, the buyer said.", "The stake was sold for 48 billion Rwandan francs."),
    # "Kroner" are Denmark's as well as Norway's: the story's code tells which.
    ("The new rescue centre will cost DKK 240 million.", "The new rescue centre will cost 420 million kroner."),
])
def test_a_sum_in_a_currency_s_code_is_compared_with_the_sum_in_its_name(tmp_path, first, second):
    analysis = analyse_pair(tmp_path, first, second)
    assert len(kinds(analysis, "number_conflict")) == 1


def test_a_physical_measure_is_an_amount_with_its_unit(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Under the accord, Norland will supply 2.3 billion kilowatt-hours of electricity to its neighbour.",
        "Under the accord, Norland will supply 2.3 terawatt-hours of electricity, the ministry said.",
    )
    energy = [c for c in quantities(analysis, "amount:energy")]
    assert {c.qualifiers["unit"] for c in energy} == {"kWh"}
    assert {c.norm for c in energy} == {2.3e9}
    assert kinds(analysis, "single_source") == [] and kinds(analysis, "number_conflict") == []


def test_a_conversion_in_brackets_is_not_a_figure_of_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Orvel Foods has agreed to buy the dairy group Brask for 2.6 billion kronor (about $240 million).",
        "Orvel Foods will pay 2.6 billion kronor for Brask, the companies said.",
    )
    [converted] = [c for c in quantities(analysis) if c.qualifiers.get("unit") == "USD"]
    assert converted.qualifiers.get("conversion") == "yes"
    assert kinds(analysis, "single_source") == []


def test_a_sum_whose_conversion_another_report_gives_is_not_told_by_one_report_alone(tmp_path):
    # Each report gives the deal in its own currency with the dollars in brackets; the other gives the dollars.
    analysis = analyse_pair(
        tmp_path,
        "Orvel Foods signed a joint-venture agreement with Brask on Monday worth 24 billion kronor ($2.4 billion).",
        "The project is worth about 330 billion birr ($2.4 billion), the companies said.",
    )
    assert kinds(analysis, "single_source") == []


def test_the_same_payment_for_the_same_purpose_is_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Under the accord, Veldmark will contribute $3.4 million this year towards the upkeep of the border canal.",
        "Veldmark is to pay $4.3 million towards the maintenance of the border canal.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.norm for c in flag.claims} == {3.4e6, 4.3e6}
    assert kinds(analysis, "single_source") == []


def test_bribes_told_in_other_words_are_one_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court found that Lidia Varos had taken 58 million pesos in kickbacks from a paving firm.",
        "Judges found that Lidia Varos pocketed 85 million pesos from the firm in return for favours in "
        "the tender. The paving contract was worth 1.2 billion pesos.",
    )
    assert flagged(analysis, "number_conflict") == [["58 million pesos", "85 million pesos"]]


def test_sums_for_different_purposes_are_not_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court fined the builder Halvard Ekberg $40,000 and ordered him to repay $900,000 to the city.",
        "Halvard Ekberg must repay $900,000, the court ruled. The city had paid his firm a bonus of $75,000.",
    )
    assert kinds(analysis, "number_conflict") == []


def test_a_sum_granted_is_a_grant_not_the_bail_another_report_gives(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The former mayor, Edvin Laske, was freed on bail of $30,000 in March.",
        "Of the $2.4 million granted to rebuild the pier, the court found that $610,000 was stolen.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis) if "$2.4" in c.value} == {
        "$2.4 million": "amount:aid"}


def test_bail_whose_sum_the_parser_hangs_on_the_verb_is_still_bail(tmp_path):
    # "TSh" is parsed as the object of "of" and the figure as an adverb of "released"
    analysis = analyse_pair(
        tmp_path,
        "The two traders denied the charges and were released on bail of TSh 35 million each.",
        "The magistrate granted each of the two traders bail of TSh 53 million on condition that they report "
        "weekly.",
    )
    assert flagged(analysis, "number_conflict") == [["TSh 35 million", "TSh 53 million"]]


def test_delegates_taking_part_are_the_delegates_another_report_expects(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 120 delegates, among them customs and transport officials, are expected at the talks in Tartu.",
        "More than 200 delegates from the three countries are taking part in the talks in Tartu, which opened on "
        "Monday.",
    )
    assert flagged(analysis, "number_conflict") == [["About 120", "More than 200"]]


def test_two_people_fined_different_sums_are_not_a_conflict(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Ralf Onder was fined 30,000 euros on Monday.",
        "Petra Koval was fined 70,000 euros on Monday. Ralf Onder was fined 30,000 euros.",
    )
    assert kinds(analysis, "number_conflict") == []


def test_people_treated_in_hospital_are_a_count_of_injured_whatever_they_are_called(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The ferry was carrying more than 90 passengers when it sank. Twenty-seven passengers were treated at "
        "the district hospital.",
        "The ferry sank with about 95 people on board. 72 people were injured in the sinking.",
    )
    assert flagged(analysis, "number_conflict") == [["72", "Twenty-seven"]]
    assert kinds(analysis, "single_source") == []


def test_a_sum_after_a_day_of_the_month_and_of_is_read_whole(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Work started on June 18 of the group's €250 million battery plant near the river.",
        "The battery plant will cost €310 million, the group said.",
    )
    assert [c.value for c in quantities(analysis) if c.source_id == analysis.sources[0].id] == ["€250 million"]
    assert flagged(analysis, "number_conflict") == [["€250 million", "€310 million"]]


def test_a_term_of_someone_named_beside_the_subject_is_that_persons(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former mayor Ana Ruiz was sentenced to ten years in prison for fraud. The builder's owner, contractor "
        "Tomas Vidal, was jailed for five years.",
        "Ana Ruiz, the former mayor, was sentenced to ten years for fraud on Monday.",
    )
    assert kinds(analysis, "number_conflict") == []
    [vidal] = [c for c in quantities(analysis, "sentence") if c.value == "five years"]
    assert vidal.qualifiers["holder"] == "Tomas Vidal"


def test_a_term_of_someone_only_described_is_of_the_person_with_that_title(tmp_path):
    # One report names the manager's term; another describes her by her post, and gives her a different term;
    # a third report's term for the contractor stays his.
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Orvel Ledger\npublished: 2025-03-10",
                  "Kertu Lepik, the water company's former managing director, was jailed for eight years on Monday. "
                  "The contractor, Tarvo Ruudi, was jailed for four years."),
        "second": ("outlet: Arvel Daily\npublished: 2025-03-11",
                   "A Marstadt court on Monday sentenced a former managing director of the Orvel water company to "
                   "nine years for fraud."),
    })])
    assert flagged(analysis, "number_conflict") == [["eight years", "nine years"]]


def test_a_term_of_someone_described_by_the_noun_of_another_title_is_that_persons(tmp_path):
    # One report describes the inspector by words no title of hers holds but its noun; the other names her. The
    # trader's term, told after the gerund of his conviction, is his in both.
    analysis = analyse_pair(
        tmp_path,
        "On Thursday a Tartu court sentenced a former tax inspector to four years for taking bribes. Trader Mart "
        "Saar, who paid the inspector, was convicted of paying a bribe and jailed for eighteen months.",
        "The judge sentenced Kertu Lepik, a former inspector at the Tartu revenue office, to six years in prison. "
        "Mart Saar got eighteen months for paying the bribe.",
    )
    assert flagged(analysis, "number_conflict") == [["four years", "six years"]]
    [saar] = {c.subject_key for c in quantities(analysis, "sentence") if c.value == "eighteen months"}
    assert saar  # one person's, named in both


def test_a_share_of_a_companys_shares_sold_is_the_stake(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kelvo Mining plans to sell 40 percent of its shares for $30 million, with Orvel Gems as the buyer.",
        "Orvel Gems is buying a 45% stake in Kelvo Mining.",
    )
    assert flagged(analysis, "number_conflict") == [["40 percent", "45%"]]


def test_a_body_of_members_is_no_count_of_the_dead(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Three dairy groups have joined to form the Orvel Milk Union, a body of 900 farmers.",
        "The Orvel Milk Union brings 950 farmers together, its chairman said.",
    )
    assert quantities(analysis, "dead") == []
    assert flagged(analysis, "number_conflict") == [["900", "950"]]


@pytest.mark.parametrize("side", ["Paide Ensemble", "Orvel Debout"])
def test_seats_won_by_a_list_the_tagger_left_out_are_that_lists(tmp_path, side):
    analysis = analyse_pair(
        tmp_path,
        f"{side} won 14 of the 31 seats on the council.",
        f"{side} won 16 of the 31 seats, the electoral office said.",
    )
    assert flagged(analysis, "number_conflict") == [["14", "16"]]
    assert {c.qualifiers["holder"] for c in quantities(analysis, "seats")} == {side}


@pytest.mark.parametrize(("first", "second", "expected"), [
    # A depth told as "N metres deep" and as "a depth of N metres".
    ("Engineers said the shaft had been sunk to a depth of 70 metres.",
     "The mines inspector said the shaft was about 55 metres deep.", ["70 metres", "about 55 metres"]),
    # Things counted, told as the number a verb raises them to.
    ("The ministers decided to increase the number of joint river patrols to 16.",
     "Both coast guards will run nine joint river patrols, the ministers said.", ["16", "nine"]),
], ids=["depth", "number-raised"])
def test_a_size_or_a_count_told_two_ways_is_one_figure(tmp_path, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert flagged(analysis, "number_conflict") == [expected]


def test_a_score_in_the_semi_finals_is_not_the_finals_score(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Lakes Sport\npublished: 2026-07-13",
                  "Orvel United reached the final by beating Kelvo Athletic 3-0 in the semi-finals a week ago."),
        "second": ("outlet: Upland Voice\npublished: 2026-07-14", "Orvel United beat Tartu Rovers 3-1 in the final on "
                                                                  "Sunday."),
        "third": ("outlet: Harju Ledger\npublished: 2026-07-15", "Orvel United won the final 3-1 on Sunday night."),
    })])
    assert kinds(analysis, "number_conflict") == []


def test_people_on_board_are_counted_as_such_whatever_the_clause_says_besides(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A small passenger plane with 21 people on board crashed into a hillside on Sunday.",
        "The plane, which had 22 people on board, was due to land at 10:45 a.m. Two people on board died.",
    )
    assert flagged(analysis, "number_conflict") == [["21", "22"]]
    assert [c.value for c in quantities(analysis, "dead")] == ["Two"]


@pytest.mark.parametrize("first, second, expected", [
    # People who suffered burns or sustained injuries are a count of the injured.
    ("The safety agency has received 40 reports of heaters overheating. Four people suffered burns, it said.",
     "The agency said seven people had sustained injuries from the faulty heaters.", ["Four", "seven"]),
    # A sum a club paid for a player is the transfer fee, whatever other sums in dollars the story gives.
    ("Harbour City agreed to sell striker Tomas Vidal to Palm Rovers for $1.9 million. The club's cup run brought in "
     "$1.5 million in prize money.",
     "Palm Rovers paid $2.4 million for the Portuguese forward, according to a club statement.",
     ["$1.9 million", "$2.4 million"]),
    # A player's move told as "a $X move" and as joining a club "for $X" is one fee.
    ("Winger Kofi Mensah is expected to complete a $900,000 move to Atlas Marrakech after the final.",
     "Kofi Mensah will join Atlas Marrakech from Volta Stars for $950,000, both clubs said on Monday.",
     ["$900,000", "$950,000"]),
    # People who lost their homes, are left homeless or remain without a home are one count.
    ("The cyclone left 4,200 people homeless on the island, officials said.",
     "About 5,100 people have lost their homes, and 900 more remain without a roof, the Red Cross said.",
     ["4,200", "About 5,100"]),
    # A sum "paid for" goods is a payment, not the price of the contract named in the same sentence.
    ("The town hall signed a 3.4 billion peso contract in 2023. An audit found that 900 million pesos was paid for "
     "meals that never came.",
     "Under the contract, 1.1 billion pesos was paid for meals that were never delivered, the court found.",
     ["1.1 billion pesos", "900 million pesos"]),
    # A run-off has two candidates: the one who came third is told of by his first-round share.
    ("In the first round, Kertu Lepik took 44.6%, Jane Orvel 37.9% and Edvin Laske 17.5%.",
     "Much of the run-off now depends on Edvin Laske, a lawyer who came third with 9.4 per cent.",
     ["17.5%", "9.4 per cent"]),
    # "climbed to 31 last night", tagged "31 last night" as a time of day
    ("On Monday police said the fire had killed 27 people.",
     "The toll from the fire climbed to 31 last night as two more of the injured died.",
     ["27", "31"]),
], ids=["burns", "transfer-fee", "move-fee", "homeless", "paid-for", "came-third", "toll-joined-to-a-time"])
def test_a_count_told_in_other_words_conflicts_with_its_other_figure(tmp_path, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == expected


@pytest.mark.parametrize(("first", "second", "terms", "flag"), [
    # A term told in a clause on the person ("NAME, who was sentenced to four years").
    ("Two others were convicted with him: former treasurer Dalia Vasquez, who was sentenced to four years, and "
     "the contractor Omar Ferrer, who got six years.",
     "The former treasurer, Dalia Vasquez, was sentenced to five years. Omar Ferrer was sentenced to six years.",
     {("four years", "Dalia Vasquez"), ("five years", "Dalia Vasquez")}, ["five years", "four years"]),
    # A term listed after a person, with a description set off between them.
    ("The court sentenced managing director Goran Milic to eleven years in prison and Elena Petrova, the company's "
     "chief engineer, to eight years.",
     "Chief engineer Elena Petrova was sentenced to nine years.",
     {("eight years", "Elena Petrova"), ("eleven years", "Goran Milic")}, ["eight years", "nine years"]),
], ids=["clause", "listed-with-description"])
def test_a_term_told_in_a_clause_on_the_person_is_that_persons(tmp_path, first, second, terms, flag):
    analysis = analyse_pair(tmp_path, first, second)
    assert terms <= {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "sentence")}
    assert flagged(analysis, "number_conflict") == [flag]


def test_terms_listed_one_per_person_are_each_that_persons(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court sentenced the former mayor, Ivo Kral, to six years in prison, former deputy mayor for finance "
        "Elena Petrova to four years, and Dimov to five years.",
        "Ivo Kral was sentenced to six years in prison. He was sentenced in Sofia alongside two others.",
    )
    assert kinds(analysis, "number_conflict") == []
    holders = terms_held(analysis)
    assert holders == {"six years": "Ivo Kral", "four years": "Elena Petrova", "five years": "Dimov"}


def test_a_term_accepted_in_a_plea_deal_is_the_term_of_the_one_named_beside_its_taker(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court sentenced Edvin Laske to nine years in prison. The supplier, Kertu Lepik, had already accepted "
        "four years under a plea agreement.",
        "Edvin Laske was jailed for nine years on Monday.",
    )
    holders = terms_held(analysis)
    assert holders == {"nine years": "Edvin Laske", "four years": "Kertu Lepik"}


def test_her_after_a_sentence_whose_subject_is_named_beside_it_is_that_person(tmp_path):
    # three people named before "her": the one the sentence before is about, by the name put beside its subject
    analysis = analyse_pair(
        tmp_path,
        "Prosecutor Edvin Laske told Judge Arvel Kask the case was clear. The firm's owner, Kertu Lepik, was not "
        "in the dock. The court jailed her for four years in absentia.",
        "Kertu Lepik was jailed for four years.",
    )
    holders = terms_held(analysis)
    assert holders == {"four years": "Kertu Lepik"}


def test_a_toll_in_words_before_overnight_is_a_count(tmp_path):
    # the tagger reads "six overnight" as a time: the count, then when it was reached
    analysis = analyse_pair(
        tmp_path,
        "The death toll from the blast rose to six overnight, officials said.",
        "Eight people were killed in the blast, officials said on Thursday.",
    )
    assert [{c.value for c in f.claims} for f in kinds(analysis, "number_conflict")] == [{"six", "Eight"}]


def test_a_worth_put_at_a_sum_is_a_value(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "An appraisal for the ministry put the plot's worth at €1.9 million, according to the indictment.",
        "The registry's appraisers put the land's worth at €2.4 million, documents showed.",
    )
    assert {c.value for c in quantities(analysis, "amount:value")} == {"€1.9 million", "€2.4 million"}
    assert [{c.value for c in f.claims} for f in kinds(analysis, "number_conflict")] == [
        {"€1.9 million", "€2.4 million"}]


def test_a_level_trade_reached_and_a_target_are_not_the_price_of_contracts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Trade between the two countries reached $1.2 billion last year, and both governments have set a target "
        "of $3 billion.",
        "A business forum produced commercial contracts worth $480 million. Officials said trade should reach "
        "$3 billion within a few years.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert {c.value for f in kinds(analysis, "single_source") for c in f.claims} >= {"$480 million"}


def test_trade_told_as_worth_a_sum_is_the_level_trade_reached(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Trade between the two countries reached $1.2 billion last year, officials said.",
        "Trade between the two neighbours was worth $980 million last year, according to government figures.",
    )
    assert [{c.value for c in f.claims} for f in kinds(analysis, "number_conflict")] == [
        {"$1.2 billion", "$980 million"}]
    # both are what trade came to, told apart from any other sum the reports give
    assert {c.value for c in quantities(analysis, "amount:trade")} == {"$1.2 billion", "$980 million"}


def test_the_dead_and_the_missing_of_one_sentence_are_different_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "By nightfall, six miners were dead, three were unaccounted for, and rescuers were still digging.",
        "Six miners died and three are missing, the mine's owner said.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis) if c.source_id == "first"} == {
        "six": "dead", "three": "missing"}


def test_a_distance_in_a_sentence_about_the_injured_is_no_count_of_them(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The injured were taken to hospitals in Talvera and in the provincial capital, about 140 km to the north, "
        "health officials said.",
        "Fourteen people were injured when the bus left the road near Talvera.",
    )
    assert [c.value for c in quantities(analysis, "injured")] == ["Fourteen"]
    assert kinds(analysis, "number_conflict") == []


def test_people_who_marched_and_people_who_took_part_are_one_count_and_times_are_none(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 4,000 farmers marched to the governor's office on Tuesday. \"We have marched three times before and "
        "nobody listened,\" one grower said.",
        "Organisers said more than 10,000 people took part in Tuesday's march.",
    )
    assert sorted(c.value for c in quantities(analysis, "participants")) == ["About 4,000", "more than 10,000"]
    assert flagged(analysis, "number_conflict") == [["About 4,000", "more than 10,000"]]


def test_a_sum_told_before_the_work_it_pays_for_is_its_cost(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The restoration of the old customs house, which cost 3.1 million euros, took four years.",
        "The €3.6 million project was led by the regional heritage office.",
    )
    assert flagged(analysis, "number_conflict") == [["3.1 million euros", "€3.6 million"]]
    assert kinds(analysis, "single_source") == []


def test_another_count_of_other_people_is_a_count_of_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "At least nine people are missing. Another 31 were treated in hospital.",
        "Thirteen people were injured, the coastguard said. At least nine people are missing.",
    )
    assert flagged(analysis, "number_conflict") == [["31", "Thirteen"]]


def test_invalid_ballots_and_observers_are_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Counting ended overnight, and 1,874 ballots were ruled invalid. A civic network said it had "
        "sent more than 900 observers.",
        "Turnout in the referendum on the new tram line was 38 percent, the electoral commission said.",
    )
    categories = {c.value: c.qualifiers["category"] for c in quantities(analysis) if c.source_id == "first"}
    assert categories == {"1,874": "invalid ballots", "more than 900": "observers"}
    assert {f.claims[0].value for f in kinds(analysis, "single_source")} >= {"1,874", "more than 900"}


def test_firefighters_and_troops_are_not_one_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Some 450 firefighters were battling the blaze on Sunday.",
        "More than 400 firefighters remain deployed, and 120 soldiers have joined them.",
    )
    assert kinds(analysis, "number_conflict") == []


def test_shares_taken_by_two_candidates_are_not_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "In the first round of the mayoral race, Oskar Brandt took 38.5 percent.",
        "Mira Lenz of the Green List took 21.4 percent in the first round.",
    )
    assert kinds(analysis, "number_conflict") == []
    holders = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "vote share")}
    assert holders == {"38.5 percent": "Oskar Brandt", "21.4 percent": "Mira Lenz"}


def test_shares_of_parties_named_in_brackets_gapped_or_slipping_are_theirs(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Preliminary results of the parliamentary election give the Kelvo Union 41.2% and the Orvel Alliance 36.8%. "
        "New Dawn (7.4%) and Civic Justice (4.3%) also cleared the threshold.",
        "Papers have spent the week arguing about what comes next: a coalition or a second round. In the updated "
        "results of the parliamentary election, the Kelvo Union won 41.2% and the Civic Justice party 4.1%. New "
        "Dawn slipped to 7.1 per cent.",
    )
    shares = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "vote share")}
    assert shares == {"41.2%": "Kelvo Union", "36.8%": "Orvel Alliance", "7.4%": "New Dawn", "4.3%": "Civic Justice",
                      "4.1%": "Civic Justice", "7.1 per cent": "New Dawn"}
    # the second round is one of two things that may come: the shares are of the first
    assert {tuple(sorted(c.value for c in f.claims)) for f in kinds(analysis, "number_conflict")} == {
        ("4.1%", "4.3%"), ("7.1 per cent", "7.4%")}


def test_attendance_put_at_a_figure_is_the_crowd_and_viewers_on_screens_are_not(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The league put attendance at the Kelvo Arena at 6,200, and its broadcaster said 61 million viewers watched "
        "at least part of the final.",
        "A crowd of about 4,800 filled the Kelvo Arena for the final.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} == {
        "6,200": "attendance", "61 million": "viewers", "about 4,800": "attendance"}
    assert [sorted(c.value for c in f.claims) for f in kinds(analysis, "number_conflict")] == [["6,200", "about 4,800"]]


def test_things_counted_beside_a_crowd_are_not_its_size(tmp_path):
    # "two balconies", "four corners": the number counts its own noun, whatever the sentence says of fans.
    analysis = analyse_pair(
        tmp_path,
        "Supporters waved flags from two balconies above the square in Kelvo as the home side won 2-0.",
        "Fans cheered from four corners of the hall in Kelvo for an hour; the crowd was 3,100.",
    )
    assert {c.value for c in quantities(analysis, "attendance")} == {"3,100"}


def test_a_share_with_no_one_named_is_not_a_claim(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The former deputy mayor took 44 percent in the first round.",
        "The opposition leader took 31 percent in the first round.",
    )
    assert quantities(analysis, "vote share") == [] and kinds(analysis, "number_conflict") == []


def test_the_threshold_beside_a_turnout_is_not_a_turnout(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Turnout was 36.0%, well above the 25% required for a valid vote. In all, 61.2% voted yes and "
        "38.8% voted no, on a turnout of 36%.",
        "Officials said 36 percent of registered voters turned out, and most of them backed the plan.",
    )
    turnout = sorted(c.value for c in quantities(analysis, "turnout"))
    assert turnout == ["36 percent", "36%", "36.0%"]
    assert kinds(analysis, "number_conflict") == []


def test_the_share_of_those_registered_who_voted_is_the_turnout(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Turnout in the council election was 61.3%, the election office said.",
        "Just 57.9 percent of those registered in the district voted on Sunday, while 44 percent of voters voted "
        "for the governing party, a survey found.",
    )
    assert sorted(c.value for c in quantities(analysis, "turnout")) == ["57.9 percent", "61.3%"]
    assert flagged(analysis, "number_conflict") == [["57.9 percent", "61.3%"]]


def test_a_casualty_word_after_the_count_says_what_it_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A mudslide buried the village on Monday, killing four people and leaving 11 missing.",
        "Rescuers were trying to reach 8 villagers still missing after the mudslide, officials said.",
    )
    missing = sorted(c.norm for c in quantities(analysis, "missing"))
    assert missing == [8, 11]
    [flag] = kinds(analysis, "number_conflict")
    assert {c.norm for c in flag.claims} == {8, 11}


def test_lakh_and_crore_are_scales():
    from reconcile.normalize.numbers import parse_number

    assert parse_number("3 crore") == 30_000_000
    assert parse_number("2.5 lakh") == 250_000


def test_a_sum_in_crore_rupees_is_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The state government announced compensation of Rs 4 crore for the families.",
        "The state government announced compensation of Rs 5 crore for the families.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.norm for c in flag.claims} == {40_000_000, 50_000_000}
    assert {c.qualifiers["unit"] for c in flag.claims} == {"INR"}


def test_clock_times_in_a_live_blog_are_not_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "18:05 - Toll rises to 16. The authority says 16 people have now died in the floods.",
        "Sixteen people have died in the floods, the authority said at 9.30am.",
    )
    assert sorted(c.value for c in quantities(analysis, "dead")) == ["16", "16", "Sixteen"]
    assert kinds(analysis, "single_source") == []


def test_jobs_and_people_employed_are_one_count_and_output_in_tonnes_is_not_a_headcount(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The new cement works at Korvik will create 900 permanent jobs and produce 4,000 tonnes a day.",
        "The cement works at Korvik will employ 1,400 people, the regional governor said. Its owner, which "
        "employs about 6,000 people across the country, declined to comment.",
    )
    assert {c.norm for c in quantities(analysis, "jobs")} == {900, 1400}
    assert {c.norm for c in quantities(analysis, "workforce")} == {6000}  # a workforce, not the new jobs
    [conflict] = [f for f in analysis.flags if f.kind == "number_conflict"]
    assert {c.value for c in conflict.claims} == {"900", "1,400"}


def test_a_sum_in_us_dollars_written_out_is_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The government opened a $1.2 billion fertiliser plant at Korvik on Saturday.",
        "The government opened a fertiliser plant worth 1.2 billion US dollars at Korvik on Saturday.",
    )
    assert {c.qualifiers["unit"] for c in quantities(analysis) if c.norm == 1.2e9} == {"USD"}
    assert kinds(analysis, "number_conflict") == []


def test_years_behind_schedule_are_not_a_prison_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The harbour was finished two years behind schedule. Its former director was sentenced to four years in prison.",
        "A court sentenced the harbour's former director to four years in prison on Monday.",
    )
    assert sorted(c.norm for c in quantities(analysis, "sentence")) == [48, 48]


def test_a_bond_of_seven_years_and_a_number_inside_a_name_are_not_figures(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The utility sold a seven-year bond on Tuesday. Its director was handed a four-year prison term in May.",
        "Supporters gathered in the Plaza 12 de Octubre. The director received a four-year sentence in May.",
    )
    assert sorted(c.value for c in quantities(analysis, "sentence")) == ["four-year", "four-year"]
    assert not [c for c in quantities(analysis) if c.norm == 12]


def test_people_a_fire_killed_are_a_count_of_dead_whatever_they_are_called(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A fire at the Velmar paint works killed three workers and injured 12 on Tuesday.",
        "The blaze at the Velmar paint works on Tuesday killed four workers, the company said.",
    )
    assert sorted(c.norm for c in quantities(analysis, "dead")) == [3, 4]
    [conflict] = [f for f in analysis.flags if f.kind == "number_conflict"]
    assert {c.value for c in conflict.claims} == {"three", "four"}


def test_shillings_written_before_the_figure_and_people_to_be_freed_are_counted(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The appeal court confirmed that the former director caused the agency a loss of Shs3.2 billion. Under the "
        "truce, each militia will release 30 detainees.",
        "The court upheld the finding that he caused a loss of 3.7 billion shillings. Each side is to release 35 "
        "prisoners under the deal.",
    )
    losses = {c.value: c.qualifiers["unit"] for c in quantities(analysis, "amount:loss")}
    assert losses == {"Shs3.2 billion": "SHILLING", "3.7 billion shillings": "SHILLING"}
    assert {c.value for c in quantities(analysis, "detainees")} == {"30", "35"}


def test_seats_won_by_a_party_the_tagger_took_for_a_place_have_their_holder(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Adriatic Coast, which won 15 seats on the municipal council in its first election, is now in talks.",
        "Adriatic Coast won 17 seats on the council.",
    )
    seats = {(c.value, c.qualifiers.get("holder")) for c in quantities(analysis, "seats")}
    assert ("15", "Adriatic Coast") in seats


def test_terms_of_two_people_sentenced_are_not_compared_with_each_other(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court on Tuesday sentenced Karim Oueslati, the former port director, to eight years in prison. The "
        "businessman Nabil Ferchichi was sentenced to five years in prison for paying the bribes.",
        "In the cafés of the port there was one subject: the ten years in prison handed down to Karim Oueslati. "
        "The court also sentenced Nabil Ferchichi to five years in prison.",
    )
    holders = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "sentence")}
    assert ("ten years", "Karim Oueslati") in holders and ("five years", "Nabil Ferchichi") in holders
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"eight years", "ten years"}


def test_no_one_and_one_as_a_pronoun_are_not_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Eleven people were killed in the derailment. No one is trapped inside the coaches now, officials said.",
        "Eleven people died. 'Someone is answering for it,' said a woman who lost her home and now lives in one.",
    )
    assert [c.value for c in quantities(analysis) if c.value.lower() == "one"] == []


def test_the_rise_one_side_demands_is_not_the_rise_the_other_offers(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The pilots' union is demanding a 14% pay rise over two years.",
        "The airline's chief executive has offered a rise of 5% linked to productivity.",
    )
    assert kinds(analysis, "number_conflict") == []


# One figure told two ways by two reports: what each wording counts, and the one conflict between them.
@pytest.mark.parametrize(("first", "second", "category", "values"), [
    pytest.param(  # what a buyer pays for a company, and "the R$2.35 billion purchase", are the deal's price
        "Grupo Palmar agreed on Tuesday to buy Mercado Andino, a family-owned chain, for 2.35 billion reais.",
        "Grupo Palmar will pay R$2.53 billion for the company. Shares jumped 4% after it announced the R$2.35 "
        "billion purchase.",
        "amount:deal", {"2.35 billion reais", "R$2.53 billion", "R$2.35 billion"}, id="deal"),
    pytest.param(  # workers on strike, not the workforce ("employs 6,000 people")
        "A strike by about 4,800 workers at a nickel mine entered its third day. The mine employs 6,000 people.",
        "The company would not improve its offer as a walkout by all 3,600 of its unionised workers went on.",
        "strikers", {"about 4,800", "3,600"}, id="strikers"),
    pytest.param(  # a currency code before the figure is the currency named after it
        "The port operator raised 38.2 million rials in its share sale, the company said.",
        "The port operator raised OMR 41.5 million in its share sale.",
        "amount:funding", {"38.2 million rials", "OMR 41.5 million"}, id="currency-code"),
    pytest.param(  # a candidate who "came third with" or "finished with" a share holds it
        "Marta Mamani Rocha, the former mayor, came third with 16.2 percent in the presidential election.",
        "The third-placed candidate, Marta Mamani Rocha, finished with about 13 percent of the vote.",
        "vote share", {"16.2 percent", "about 13 percent"}, id="came-third"),
    pytest.param(  # a cut by a share, whatever the verb, in digits or in words
        "The two governments agreed to cut tariffs on rail freight moving between them by 15 percent.",
        "Tariffs on goods crossing the border by train will fall by twelve per cent, the joint statement said.",
        "percent:cut", {"15 percent", "twelve per cent"}, id="cut"),
    pytest.param(  # the count a toll rose to, named far before the figure or in a clause the parser splits off
        "The number of people killed in the mudslide in the hills above Tarnow rose to 14 on Tuesday evening.",
        "Divers ended the search, bringing the toll from the mudslide, which swept away two streets, to 26. "
        "The number of people confirmed dead after last week's mudslide has risen to 27, police said.",
        "dead", {"14", "26", "27"}, id="toll-rose-to"),
    pytest.param(  # a release fee, a buyout clause and a fee paid are one sum a buying club pays
        "Harlow Athletic will pay a release fee of €300,000 for the winger, his club said.",
        "Harlow Athletic has agreed a €350,000 release fee with the winger's former club.",
        "amount:deal", {"€300,000", "€350,000"}, id="release-fee"),
    pytest.param(  # the share of a company bought, with the word "stake" or without it
        "Valmar Capital has agreed to buy a 75 percent stake in Ostra Foods for $320 million.",
        "Valmar Capital is taking 70 percent of Ostra Foods in the deal, the companies said.",
        "percent:stake", {"75 percent", "70 percent"}, id="stake"),
    pytest.param(  # the charges a defendant is convicted on
        "Judge Nadia Perera convicted the former port director on 14 counts of fraud and forgery.",
        "The former port director was found guilty on 11 counts of fraud, the court said.",
        "charges proven", {"14", "11"}, id="counts"),
    pytest.param(  # the defendants a court tried or convicted
        "A provincial court on Thursday convicted 16 defendants in the harbour dredging case.",
        "All fifteen defendants in the dredging case were found guilty, their lawyers said.",
        "defendants", {"16", "fifteen"}, id="defendants"),
    pytest.param(  # bail in Ghanaian cedis, written with the cedi sign
        "The former director was freed on bail of GH¢4 million, Justice Abena Ofori ruled.",
        "The court set bail of GH₵6 million for the former director, the registrar said.",
        "amount:bail", {"GH¢4 million", "GH₵6 million"}, id="cedis"),
    pytest.param(  # the candidates on a ballot; the pair a run-off chooses between is not the field
        "Dobrev topped a field of eight candidates, the municipal commission said.",
        "The ballot listed nine candidates. Voters now choose between two candidates in the run-off.",
        "candidates", {"eight", "nine"}, id="candidates"),
])
def test_one_figure_told_two_ways_is_read_and_compared(tmp_path, first, second, category, values):
    analysis = analyse_pair(tmp_path, first, second)
    assert {c.value for c in quantities(analysis, category)} == values
    [flag] = kinds(analysis, "number_conflict")
    found = {c.value for c in flag.claims}
    assert found <= values and len({c.source_id for c in flag.claims}) == 2


def test_terms_of_office_counted_are_no_prison_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Marta Quiroga, who ran the municipality for two terms, was sentenced to six years in prison on Monday.",
        "Quiroga, a three-term mayor, was sentenced on Monday to six years in prison.",
    )
    assert sorted(c.value for c in quantities(analysis, "sentence")) == ["six years", "six years"]
    assert not [f for f in analysis.flags if f.kind == "single_source"]


def test_a_term_after_the_day_and_a_term_an_appeal_changed(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Marta Quiroga was sentenced on Monday to nine years in prison. In March the appeals court cut her "
        "sentence from nine years to seven years.",
        "Quiroga, sentenced to nine years, saw the appeals court reduce her term from nine to six years in March.",
    )
    # "on Monday to nine years" is the day and the term; the terms before and after the appeal are told apart.
    assert sorted(c.value for c in quantities(analysis, "sentence")) == ["nine years", "nine years"]
    assert sorted(c.value for c in quantities(analysis, "revised sentence")) == ["seven years", "six years"]
    assert [{c.value for c in f.claims} for f in kinds(analysis, "number_conflict")] == [{"seven years", "six years"}]


def test_a_share_belongs_to_the_name_a_clause_is_about_not_a_name_inside_the_clause(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Going by the commission's count, Dobrev, who served as deputy mayor under Ivan Marinchev until 2025, "
        "came first with 38.7% of the vote.",
        "Dobrev won 36.2% of the vote, ahead of Marinchev's party, the commission said.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"38.7%", "36.2%"}
    assert not [c for c in quantities(analysis, "vote share") if "Marinchev" in c.subject]


def test_terms_of_a_co_accused_and_of_the_man_a_report_is_about(tmp_path):
    # The second report never names the main defendant beside his term, and gives his partner's term in a
    # sentence that does not say "prison"; a span of months before "after" is no term at all.
    analysis = analyse_pair(
        tmp_path,
        "A court in Vellmar on Tuesday sentenced Ruprecht Danneberg, the former harbour director, to eight years "
        "in prison, seven months after he was arrested. His business partner was sentenced to three years in prison.",
        "Ruprecht Danneberg listened without moving as the judge read the verdict. The former harbour director "
        "heard himself sentenced to nine years in prison. Danneberg will appeal, his lawyer said. "
        "Ottilie Brakmann received three years.",
    )
    terms = {(c.source_id, c.value, c.qualifiers["holder"]) for c in quantities(analysis, "sentence")}
    assert terms == {("first", "eight years", "Ruprecht Danneberg"), ("first", "three years", ""),
                     ("second", "nine years", ""), ("second", "three years", "Ottilie Brakmann")}
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"eight years", "nine years"}
    # Another report writes the partner's three years, so the first report's unnamed term is not its own alone.
    assert not [f for f in analysis.flags if f.kind == "single_source"]


def test_the_term_a_lower_court_gave_is_not_compared_with_the_term_after_the_appeal(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The appeals court in Hollfeld on Monday upheld the fraud conviction of Benedikt Aumer. Aumer, a former "
        "savings bank manager, had been sentenced to nine years at first instance. He will serve seven years in "
        "prison, the court said.",
        "Benedikt Aumer will serve seven years in prison after the appeals court on Monday trimmed the nine-year "
        "sentence handed down by the district court in Ebern. Prosecutors want the original nine-year term restored.",
    )
    terms = {(c.value, c.qualifiers["category"]) for c in quantities(analysis)
             if c.qualifiers.get("noun") == "prison"}
    assert terms == {("nine years", "previous sentence"), ("seven years", "sentence"),
                     ("nine-year", "previous sentence")}
    assert kinds(analysis, "number_conflict") == []


def test_aggregate_and_first_leg_scores_are_not_the_match_score(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Vorwerk Linz beat Odenhagen 2-1 on Sunday to go through 3-2 on aggregate, after a 1-1 draw in the first "
        "leg. Nadja Pirchl scored the winner.",
        "Odenhagen are out. They lost 2-1 in Linz on Sunday, and Vorwerk won the tie 4-2 on aggregate.",
    )
    scores = {(c.value, c.subject) for c in quantities(analysis, "score")}
    assert scores == {("2-1", "final score"), ("3-2", "aggregate score"), ("1-1", "first leg score"),
                      ("4-2", "aggregate score")}
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"3-2", "4-2"}


def test_the_score_of_a_first_leg_report_and_a_first_leg_recalled_and_a_score_needed(tmp_path):
    # The first report tells the first leg as played: its score is the first leg's. The second recalls the first
    # leg ("which the hosts won 2-1") and tells the return leg's score; the score a side needs is no score.
    analysis = analyse_pair(
        tmp_path,
        "Union Sfax beat Olympic Kenitra 2-1 in the first leg of the semi-final on Sunday. Kenitra need to win "
        "1-0 in the return leg to go through.",
        "The federation fined Union Sfax for flares thrown during the first leg, which the hosts won 2-1. Kenitra "
        "won Saturday's return leg 2-0 to reach the final 3-2 on aggregate.",
    )
    scores = {(c.value, c.subject) for c in quantities(analysis, "score")}
    assert scores == {("2-1", "first leg score"), ("2-0", "final score"), ("3-2", "aggregate score")}
    assert kinds(analysis, "number_conflict") == []


def test_a_quick_count_a_province_and_the_size_of_a_council_are_not_the_final_result(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A quick count by the pollster Veritel gave Helena Brandt 51.2% of the vote. Brandt took 63.4 percent in "
        "Oberkamp province. Her Civic Alliance party won 22 seats on the 60-seat council, the commission said.",
        "Helena Brandt won 49.8% of the vote, the election commission said on Monday. The Civic Alliance party "
        "won 22 seats.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert shares == {("51.2%", "vote share of Helena Brandt (quick count)"),
                      ("63.4 percent", "vote share of Brandt (in Oberkamp province)"),
                      ("49.8%", "vote share of Helena Brandt")}
    assert sorted(c.value for c in quantities(analysis, "seats")) == ["22", "22"]
    assert kinds(analysis, "number_conflict") == []


def test_the_rivals_shares_told_after_a_quick_count_are_the_quick_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A quick count by the pollster Veritel gave Helena Brandt 55.4 percent of the vote. Her rival Jonas Feld "
        "had 36.2 percent.",
        "Jonas Feld received 38.9 per cent of the vote, the election commission said on Monday in its official "
        "result. The final results gave Helena Brandt 53.7 per cent.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("36.2 percent", "vote share of Jonas Feld (quick count)") in shares
    assert ("38.9 per cent", "vote share of Jonas Feld") in shares
    assert kinds(analysis, "number_conflict") == []


def test_the_figures_of_a_run_off_are_not_compared_with_the_first_round(tmp_path):
    # The first report tells the first round (the run-off is still ahead); the second opens with the run-off and
    # names the first round only for the figures it compares with it.
    analysis = analyse_pair(
        tmp_path,
        "Mirela Dragan will face Petru Iacob in a run-off for mayor of Valcea on March 23 after neither won a "
        "majority on Sunday. Dragan took 38.2% of the vote and Iacob 30.5%. Turnout was 41.6%.",
        "Mirela Dragan won the run-off for mayor of Valcea on Sunday with 53.7%, the electoral bureau said. Petru "
        "Iacob took 46.3%. "
        "Turnout was 44.9 percent, up from 41.6 percent in the first round, when Dragan led with 38.2% and Iacob "
        "trailed on 31.5%.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("53.7%", "vote share of Mirela Dragan (run-off)") in shares and ("46.3%", "vote share of Petru Iacob (run-off)") in shares
    assert ("31.5%", "vote share of Iacob") in shares and ("30.5%", "vote share of Iacob") in shares
    turnout = {(c.value, c.subject) for c in quantities(analysis, "turnout")}
    assert turnout == {("41.6%", "turnout"), ("44.9 percent", "turnout (run-off)")}
    # Iacob's first-round share differs between the reports; nothing else does.
    assert flagged(analysis, "number_conflict") == [["30.5%", "31.5%"]]


def test_a_report_that_certifies_the_results_of_run_offs_gives_the_run_off_s_figures(tmp_path):
    # "the results of the March 23 run-offs": rounds whose results are told have been held, so the turnout the
    # report gives without naming a round is the run-off's, not the first round's the older report gives
    analysis = analyse_pair(
        tmp_path,
        "Mirela Dragan and Petru Iacob go into a run-off for mayor of Valcea. Turnout in the first round was 41.6%.",
        "The electoral bureau on Monday certified Mirela Dragan as mayor of Valcea. It had planned to certify the "
        "results of all nine of the March 23 run-offs on Friday, but waited for a recount. Dragan won 50.5% of "
        "the valid votes. Turnout was 44.9%.",
    )
    turnout = {(c.value, c.subject) for c in quantities(analysis, "turnout")}
    assert turnout == {("41.6%", "turnout"), ("44.9%", "turnout (run-off)")}
    assert flagged(analysis, "number_conflict") == []


def test_a_runoff_place_a_clause_on_the_loser_and_the_one_finishing_behind(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        # "the race for the second runoff place": the first round is what this report tells
        "Mirela Stamate won the first round of the mayoral election in Valcea, but the race for the second runoff "
        "place was decided by 58 votes. Petru Iacob came second with 23.8 percent, narrowly ahead of Ana Lupescu "
        "of the Greens with 23.6 percent. Turnout was 31.4 percent.",
        # "who had led the first round" is a clause on the loser; the share after it is the run-off's
        "In yesterday's run-off Petru Iacob beat Mirela Stamate, who had led the first round by ten points, with "
        "52.9 percent of the vote. Turnout was 22.4 percent.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("52.9 percent", "vote share of Petru Iacob (run-off)") in shares
    # the share told with "with" after the one who finished behind is hers
    assert ("23.6 percent", "vote share of Ana Lupescu") in shares
    turnout = {(c.value, c.subject) for c in quantities(analysis, "turnout")}
    assert turnout == {("31.4 percent", "turnout"), ("22.4 percent", "turnout (run-off)")}
    assert flagged(analysis, "number_conflict") == []


def test_the_share_of_the_one_behind_named_after_what_he_is(tmp_path):
    # "ahead of former councillor NAME with 38.9%": the runner-up's share, though words of his post come first.
    analysis = analyse_pair(
        tmp_path,
        "Kertu Lepik topped the first round on 44.6% of the valid votes, ahead of former councillor Mart Saar with "
        "38.9%, the district commission said.",
        "In the first round Kertu Lepik took 44.6 per cent of the vote; Mart Saar won 36.9 per cent.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("38.9%", "vote share of Mart Saar") in shares
    assert flagged(analysis, "number_conflict") == [["36.9 per cent", "38.9%"]]


@pytest.mark.parametrize(("headline", "stage"), [
    ("Live: Valcea run-off night as Dragan and Iacob wait for results", "run-off"),
    ("Live: Valcea mayor vote, second round results as they come in", "run-off"),
    ("Live: Valcea votes in the mayoral run-off", "run-off"),  # the blog of the day it is held
    ("Live: Dragan and Iacob head for a run-off in Valcea", ""),  # the run-off still ahead: the first round's figures
])
def test_a_live_blog_headed_as_run_off_night_gives_the_run_off_s_figures(tmp_path, headline, stage):
    # Its lines name no round; the headline tells which one the night is.
    folder = write_articles(tmp_path, {
        "blog": (f"outlet: Radio Olt\npublished: 2025-03-23T22:50:00Z\ntitle: \"{headline}\"",
                 "All times local.\n\n**23:50** Results from almost all polling stations: Dragan 53.1%, Iacob 46.9%."),
    })
    shares = {(c.value, c.subject) for c in quantities(reconcile.analyse([folder]), "vote share")}
    scope = f" ({stage})" if stage else ""
    assert shares == {("53.1%", f"vote share of Dragan{scope}"), ("46.9%", f"vote share of Iacob{scope}")}


def test_a_margin_told_as_beating_by_and_as_a_difference_and_a_tally_told_with_by(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Oskar Lindqvist was elected mayor of Brenholm on Sunday, beating Greta Sandahl by 418 votes. He won by "
        "9,204 votes to 8,786.",
        "Oskar Lindqvist won 51.2% of the vote and Greta Sandahl 48.8%, a difference of 481 votes, the election "
        "board said on Monday.",
    )
    margins = {(c.value, c.subject) for c in quantities(analysis, "vote margin")}
    assert margins == {("418", "winning margin of Oskar Lindqvist"), ("481", "winning margin of Oskar Lindqvist")}
    assert flagged(analysis, "number_conflict") == [["418", "481"]]


def test_the_crowd_at_each_leg_of_a_tie_is_compared_with_the_same_legs(tmp_path):
    # The first report tells the first leg as played (the return leg is still ahead); the second tells the
    # return leg, and names the first leg for the crowd it recalls.
    analysis = analyse_pair(
        tmp_path,
        "Dunmore Athletic beat Kilcar Town 2-1 in the first leg of the cup semi-final on Sunday, before next "
        "Saturday's return leg in Kilcar. The match, played in front of 9,200 at Riverside Park, was stopped "
        "twice for flares.",
        "Kilcar Town reached the final after a 2-0 win on Saturday, having lost the first leg in front of a crowd "
        "of about 11,000 at Riverside Park. The crowd, officially given as 6,800, sang to the end.",
    )
    crowds = {(c.value, c.subject) for c in quantities(analysis, "attendance")}
    assert crowds == {("9,200", "attendance (first leg)"), ("about 11,000", "attendance (first leg)"),
                      ("6,800", "attendance")}
    assert flagged(analysis, "number_conflict") == [["9,200", "about 11,000"]]


def test_co_defendants_are_no_prison_term_and_not_all_the_defendants(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A judge in Tarnow will sentence the former mayor and two co-defendants on Thursday over the fraud.",
        "The three defendants, including the former mayor, will be sentenced on Thursday.",
    )
    assert quantities(analysis, "sentence") == []
    assert [c.value for c in quantities(analysis, "co-defendants")] == ["two"]
    assert kinds(analysis, "number_conflict") == []


def test_a_part_of_a_toll_told_after_the_toll_is_not_the_toll(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The earthquake killed 37 people. Of the 37 people killed, 15 died in Alausí canton, the mayor said.",
        "The quake left 37 people dead across the province, officials said.",
    )
    dead = {(c.value, c.subject) for c in quantities(analysis, "dead")}
    assert ("15", "people killed (part)") in dead
    assert kinds(analysis, "number_conflict") == []
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["15"]]


def test_a_workforce_only_one_report_gives_is_a_single_source_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Halvorsen Seafood, which employs 640 people in the region, agreed on Monday to be sold to Marlund Foods "
        "for 2.1 billion kroner.",
        "Marlund Foods will buy Halvorsen Seafood for 2.1 billion kroner, the companies said on Monday.",
    )
    assert [c.value for c in quantities(analysis, "workforce")] == ["640"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["640"]]


def test_figures_only_one_report_gives_and_figures_of_a_count_others_give(tmp_path):
    # The later toll of a report that also gives the first one is a figure for a count the other report gives;
    # the injured in critical condition, and a sum in a currency named with its country, are the first report's
    # alone.
    analysis = analyse_pair(
        tmp_path,
        "A gas blast at a market in Kelvara killed nine people on Monday, officials said. Thirty people were "
        "injured, five of whom remain in critical condition. Later on Monday the toll rose to 16. The government "
        "will pay 5 million Guinean francs to each bereaved family.",
        "Nine people were killed and 30 injured when a gas cylinder exploded at a market in Kelvara on Monday, "
        "police said.",
    )
    assert [c.value for c in quantities(analysis, "in critical condition")] == ["five"]
    assert {(c.value, c.qualifiers["unit"]) for c in quantities(analysis) if c.value.endswith("francs")} \
        == {("5 million Guinean francs", "GNF")}
    assert sorted(c.value for f in kinds(analysis, "single_source") for c in f.claims) \
        == ["5 million Guinean francs", "five"]


def test_a_score_the_tagger_took_for_years_is_a_score(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Hafenstadt Wolves won the championship on Saturday, beating Dravnik Klaipeda 84-79 in the deciding fifth "
        "game of the final.",
        "Dravnik lost the deciding game of the final 84-77 to the Hafenstadt Wolves on Saturday.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"84-79", "84-77"}


def test_figures_fifty_times_apart_are_not_one_figure_told_two_ways(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The pipeline from Kirkuk would carry one million barrels a day, at a cost of around $9 billion.",
        "Tanker trucks now carry about 10,000 barrels a day of crude across the border. The pipeline would carry "
        "up to 1 million barrels per day.",
    )
    # Both are read as barrels of oil; they are two things, so they are not compared.
    assert sorted(c.norm for c in quantities(analysis, "amount:oil")) == [10_000, 1_000_000, 1_000_000]
    assert kinds(analysis, "number_conflict") == []


def test_saved_penalties_and_a_figure_in_a_quote_are_not_single_source_figures(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Harbour City won the cup final on penalties on Sunday. Goalkeeper Tomasz Wielgus saved two penalties in "
        "the shootout.",
        "Harbour City won the cup on penalties on Sunday after a goalless draw.",
    )
    assert not [c for c in quantities(analysis) if c.qualifiers.get("category") == "rescued"]
    assert kinds(analysis, "single_source") == []
    analysis = analyse_pair(
        tmp_path / "quote",
        "The ferry capsized off Lomira on Monday. \u201cWe rescued 14 people with our own boats before the coast "
        "guard came,\u201d said fisherman Ivo Brandl.",
        "The ferry capsized off Lomira on Monday, the coast guard said.",
    )
    assert [c.value for c in quantities(analysis, "rescued")] == ["14"]
    assert kinds(analysis, "single_source") == []


def test_a_break_fee_is_not_the_price_of_the_deal(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Vestra Materials agreed on Monday to buy a 51% stake in Korvel Cement for OMR 96 million.",
        "Vestra Materials will pay OMR 96 million for the stake. If the Korvel board changes its recommendation, "
        "it will owe Vestra a break fee of OMR 2 million.",
    )
    assert [c.value for c in quantities(analysis, "amount:break fee")] == ["OMR 2 million"]
    assert kinds(analysis, "number_conflict") == []


def test_pesos_naira_and_quetzales_written_with_a_letter_and_vatu_are_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court set bail at P300,000 for the rice trader. Health workers handed out N95 masks. The state will "
        "set up a N50 million fund for the families. Damage on the island was put at 1.4 billion vatu. The "
        "government's emergency fund now stands at Q200 million. Sales rose in Q3 2024.",
        "The rice trader was released on bail on Friday.",
    )
    money = {(c.value, c.qualifiers["unit"]) for c in quantities(analysis) if c.qualifiers.get("unit") != "count"}
    assert money == {("P300,000", "PHP"), ("N50 million", "NGN"), ("1.4 billion vatu", "VUV"),
                     ("Q200 million", "GTQ")}


def test_a_party_called_by_its_members_holds_its_seats_and_the_whole_council_is_no_ones(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The final count by the county board moved one seat from the Centre Party to the Norland Democrats, who now "
        "hold seven of the council's 41 seats. The Greens lost their only seat.",
        "After the recount the Norland Democrats won seven seats on the council and the Green Party won none.",
    )
    seats = {(c.value, c.qualifiers.get("holder")) for c in quantities(analysis, "seats")}
    assert ("seven", "Norland Democrats") in seats and seats <= {("seven", "Norland Democrats")}
    assert kinds(analysis, "number_conflict") == []
    greens = [e for e in analysis.entities if any(m.text == "Greens" for m in e.mentions)]
    assert greens and greens[0].label == "ORG" and "Green Party" in {m.text for m in greens[0].mentions}


def test_money_pocketed_in_a_report_of_bribery_is_the_bribe_and_a_sum_says_only_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court confirmed that the customs chief Arvid Kessel had accepted 480,000 dinars in bribes from "
        "forwarders between 2022 and 2024.",
        "Prosecutors told the court that Arvid Kessel pocketed 460,000 dinars from forwarders over two years, a sum "
        "that surprised few on the waterfront. He denies taking bribes.",
    )
    assert {c.qualifiers["category"] for c in quantities(analysis) if "dinars" in c.value} == {"amount:bribe"}
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"480,000 dinars", "460,000 dinars"}


def test_a_lead_in_votes_is_the_margin_of_the_side_ahead(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Harbour Alliance won the last seat on the council of Norrvik by 11 votes, the final count showed. "
        "Mayor Ines Kvale, re-elected on the same day, widened her lead over Per Lund to 240 votes.",
        "The Harbour Alliance's lead over the Rural Party for the seat remained at 17 votes after the count.",
    )
    margins = {(c.value, c.qualifiers.get("holder")) for c in quantities(analysis, "vote margin")}
    assert margins == {("11", "Harbour Alliance"), ("17", "Harbour Alliance"), ("240", "Ines Kvale")}
    assert not quantities(analysis, "votes")
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"11", "17"}


def test_a_term_the_tagger_did_not_see_as_a_span_is_kept_in_months(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former Tarvik governor Ilmar Soosaar was sentenced on Thursday to 12 years in prison for collusion in the "
        "Varsi bridge case.",
        "A court in Tarvik sentenced former governor Ilmar Soosaar to twelve years in prison on Thursday.",
    )
    terms = quantities(analysis, "sentence")
    assert sorted((c.value, c.norm, c.qualifiers["unit"]) for c in terms) \
        == [("12 years", 144, "months"), ("twelve years", 144, "months")]
    assert kinds(analysis, "single_source") == [] and kinds(analysis, "number_conflict") == []


def test_a_term_received_by_someone_convicted_alongside_is_a_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Varnholm sentenced former harbour chief Sigrun Ekvall to eight years in prison on Monday. "
        "Ekvall's former deputy, who was convicted alongside her, received five years at the same trial.",
        "Sigrun Ekvall was sentenced to eight years in prison on Monday for taking bribes.",
    )
    assert sorted(c.value for c in quantities(analysis, "sentence")) == ["eight years", "eight years", "five years"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["five years"]]


def test_how_long_a_sentence_is_suspended_is_no_prison_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Judge Orla Penn sentenced former port director Kasimir Vell to eight years in prison. His deputy, Lotte "
        "Arnaud, received a three-year sentence suspended for five years.",
        "Kasimir Vell was sentenced to eight years in prison on Monday. His deputy Lotte Arnaud received a "
        "three-year suspended sentence.",
    )
    assert sorted(c.value for c in quantities(analysis, "sentence")) \
        == ["eight years", "eight years", "three-year", "three-year"]
    assert kinds(analysis, "single_source") == []


def test_years_of_imprisonment_written_with_a_possessive_are_a_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The High Court in Dunmere on Thursday sentenced former port chairman Ravi Olsen to eight years' rigorous "
        "imprisonment for taking a bribe.",
        "Ravi Olsen, former port chairman, was sentenced to 10 years' rigorous imprisonment on Thursday.",
    )
    assert flagged(analysis, "number_conflict") == [["10 years", "eight years"]]


def test_a_score_another_report_writes_is_not_one_reports_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Harlow Rovers beat Denholm City 2-1 on Sunday to reach the semi-finals, 3-2 on aggregate. Denholm, who "
        "had drawn the first leg 1-1 at home, were the better side.",
        "Harlow Rovers are through to the semi-finals after a 2-1 win over Denholm City on Sunday. The first leg in "
        "Denholm ended 1-1.",
    )
    assert [c.value for c in quantities(analysis, "score") if c.attribute == "score:first leg"] == ["1-1"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["3-2"]]


def test_a_judges_scorecard_is_a_score(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Tomas Brenner stopped Ilja Varga in the ninth round on Saturday to keep his title. Scorecards released "
        "after the bout show Brenner was ahead on all three, by as much as 79-73.",
        "Tomas Brenner kept his title on Saturday, stopping Ilja Varga in the ninth round.",
    )
    assert [c.value for c in quantities(analysis, "score")] == ["79-73"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["79-73"]]


def test_a_figure_within_the_other_reports_approximate_wording_is_not_one_reports_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The flood on Sunday killed four people in Marrow, officials said. About 300 residents have been moved to "
        "a school further down the valley. Norvald Foods shares fell more than 4 percent in early trading.",
        "Four people died when the river burst its banks in Marrow on Sunday. The regent visited the shelters, "
        "where 312 residents have been staying since the flood. Norvald Foods was down 4.1 percent by noon. "
        "About 2,000 homes were damaged.",
    )
    values = {c.value for c in quantities(analysis)}
    assert {"312", "more than 4 percent"} <= values
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["About 2,000"]]


def test_a_small_figure_another_report_writes_a_few_words_before_what_it_counts_is_not_its_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The earthquake killed 14 people in the hills above Torvel on Saturday, and eight people were still "
        "missing in the evening, the ministry said.",
        "The toll from Saturday's earthquake near Torvel stands at 14 dead. Eight people are listed as missing.",
    )
    assert [c.value for c in quantities(analysis, "missing") if c.source_id == "first"] == ["eight"]
    assert kinds(analysis, "single_source") == []


def test_the_employees_a_buyer_pledges_to_keep_are_the_workforce(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Marlund Foods will buy Halvorsen Seafood for 2.1 billion kroner. Marlund has pledged to keep all 640 "
        "employees of Halvorsen and to build a new plant in Vesterby.",
        "Halvorsen Seafood employs about 800 workers, and Marlund Foods, which is buying it for 2.1 billion "
        "kroner, has promised that none will lose their job.",
    )
    assert sorted(c.value for c in quantities(analysis, "workforce")) == ["640", "about 800"]
    assert flagged(analysis, "number_conflict") == [["640", "about 800"]]


def test_the_employees_a_company_has_are_its_workforce(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Casa Brava will pay 1.5 billion reais for Serra Mercados, a family chain which has 58 stores and nearly "
        "8,000 employees.",
        "Serra Mercados operates 58 stores and employs some 7,800 people. Casa Brava agreed to pay 1.5 billion "
        "reais for it.",
    )
    assert sorted(c.value for c in quantities(analysis, "workforce")) == ["nearly 8,000", "some 7,800"]
    assert kinds(analysis, "single_source") == [] and kinds(analysis, "number_conflict") == []


def test_the_workers_written_as_a_company_s_are_its_workforce(tmp_path):
    # "the mill's 1,310 workers": the people a body has, told with "'s"; one of its sites' workers are its site's.
    analysis = analyse_pair(
        tmp_path,
        "Arvel Mining employs 1,130 people in Viljandi, where the ore is crushed, and in Paide.",
        "Union leaders said Arvel Mining's 1,310 workers feared for their pensions. The Paide plant's 420 workers "
        "have been on short hours since June.",
    )
    workforce = quantities(analysis, "workforce")
    assert sorted(c.value for c in workforce) == ["1,130", "1,310"]
    assert [c.value for c in quantities(analysis, "site workforce")] == ["420"]
    assert flagged(analysis, "number_conflict") == [["1,130", "1,310"]]


def test_people_at_a_place_are_no_count_of_places(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A pit collapsed at a gold mine near Darvo on Sunday, killing 14 miners. The camp around the pit, home to "
        "about 600 people, has been evacuated. Nine patients with severe injuries remain at the Darvo hospital.",
        "Fourteen miners were killed when a pit collapsed near Darvo on Sunday, officials said.",
    )
    assert not [c for c in quantities(analysis) if c.qualifiers.get("category") in ("sites", "buildings")]
    assert kinds(analysis, "single_source") == []
    assert sorted(c.norm for c in quantities(analysis, "dead")) == [14, 14]  # the reports were read


def test_a_sum_taken_from_someone_in_a_report_of_bribery_is_the_bribe(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The appeals court upheld the bribery conviction of customs officer Ivo Marsk, who accepted 480,000 "
        "lari in bribes from freight companies, and cut his term to seven years.",
        "The court left the bribery conviction in place. Prosecutors had said that Marsk pocketed 460,000 lari "
        "from freight companies over two years, a sum that few in the port found surprising.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis) if c.value.endswith("lari")} \
        == {"480,000 lari": "amount:bribe", "460,000 lari": "amount:bribe"}
    assert flagged(analysis, "number_conflict") == [["460,000 lari", "480,000 lari"]]


def test_seats_another_report_writes_after_the_same_party_are_not_one_reports_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Harbour Alliance won 19 of the 41 seats in Velmora on Sunday. Two small lists got in this time: the "
        "Civic Renewal with five seats and the Workers' Bloc with three.",
        "The Harbour Alliance took 19 seats in the Velmora assembly. The Civic Renewal took five and the Workers' "
        "Bloc three, the election commission said.",
    )
    assert sorted(c.value for c in quantities(analysis, "seats") if c.source_id == "first") == ["19", "five", "three"]
    assert kinds(analysis, "single_source") == []


def test_a_further_count_of_spoiled_ballots_is_a_count_of_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Turnout was 46.3 per cent in the Dalmora mayoral vote on Sunday. A further 2,312 ballots were blank or "
        "spoiled and are not included in the percentages.",
        "Turnout in Dalmora was 46.3 per cent, the election authority said on Monday.",
    )
    assert [c.value for c in quantities(analysis, "invalid ballots")] == ["2,312"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["2,312"]]


def test_ballots_that_had_been_declared_invalid_are_invalid_ballots(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The recount in Varsby confirmed the result on Monday. The board also reviewed 57 ballots that had been "
        "declared invalid in the first count; none of those decisions was changed.",
        "The recount in Varsby confirmed the result, the county board said on Monday.",
    )
    assert [c.value for c in quantities(analysis, "invalid ballots")] == ["57"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["57"]]


def test_a_figure_in_a_phrase_of_place_is_no_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The ferry Lestari Jaya sank off Kalora on Monday with 180 people on board. Relatives waited under a "
        "tarpaulin rigged between two houses near the port.",
        "The ferry Lestari Jaya sank off Kalora on Monday with 180 people on board, the coast guard said.",
    )
    assert [c.value for c in quantities(analysis) if c.source_id == "first"] == ["180"]
    assert kinds(analysis, "single_source") == []


def test_witnesses_complaints_and_vehicles_are_counts_one_report_can_give(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The court heard 42 witnesses over a trial that lasted two years, and the election commission received "
        "11 complaints on polling day. Some 1,400 trucks cross the border at Varnik on an ordinary day.",
        "The border crossing at Varnik was reopened on Monday.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} \
        == {"42": "witnesses", "11": "complaints", "Some 1,400": "vehicles"}
    assert sorted(c.value for f in kinds(analysis, "single_source") for c in f.claims) == ["11", "42", "Some 1,400"]


def test_people_who_fled_are_displaced(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The ceasefire in Marbeck held on Sunday. More than 2,800 residents fled the town during the fighting, "
        "according to the municipal council.",
        "The ceasefire in Marbeck held through Sunday, both sides said.",
    )
    assert [c.value for c in quantities(analysis, "displaced")] == ["More than 2,800"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["More than 2,800"]]


def test_stations_are_sites(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Lena Varga won the Korsby mayoral election on Sunday. Her rival's campaign said it had documented "
        "irregularities at 19 polling stations.",
        "Lena Varga won Sunday's mayoral election in Korsby, the election commission said.",
    )
    assert [c.value for c in quantities(analysis, "sites")] == ["19"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["19"]]


def test_a_price_each_report_gives_in_its_own_currency_is_not_one_reports_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Vestra Materials said on Monday it had agreed to buy a 51% stake in Korvel Cement for OMR 96 million.",
        "Vestra Materials agreed to take control of Korvel Cement in a deal that values the stake at about $250 "
        "million. The Korvel board has recommended the offer.",
    )
    prices = {(c.value, c.qualifiers["unit"]) for c in quantities(analysis, "amount:deal")}
    assert prices == {("OMR 96 million", "RIAL"), ("about $250 million", "USD")}
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["51%"]]


def test_a_cut_one_side_wants_is_not_one_reports_alone_where_another_gives_the_cut(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Norland wants to cut the number of fishing licences sold to visiting anglers by 40 percent, people "
        "briefed on the talks in Varde said.",
        "Norland's proposal to reduce the number of licences sold to visiting anglers by 25 percent was discussed "
        "in Varde on Tuesday.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} \
        == {"40 percent": "percent:cut:demanded", "25 percent": "percent:cut"}
    assert kinds(analysis, "single_source") == []


def test_the_share_of_null_and_blank_ballots_is_no_ones_vote_share(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Ana Ferro won 47.2 percent in the first round in Montaro on Sunday and will face Luis Prado in a "
        "run-off. Null and blank ballots together made up 5.3 percent of votes cast.",
        "Ana Ferro led the first round of the Montaro presidential election on Sunday with 47.2 percent of the "
        "vote.",
    )
    assert [(c.value, c.qualifiers["unit"]) for c in quantities(analysis, "invalid ballots")] \
        == [("5.3 percent", "percent")]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["5.3 percent"]]


def test_a_part_of_the_shares_on_offer_is_a_figure_without_a_named_holder(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Norvik Cold Chain raised OMR 40 million in its listing on Sunday. Cornerstone investors, led by regional "
        "pension funds, took 25 percent of the shares on offer before the book opened.",
        "Norvik Cold Chain raised OMR 40 million in its stock market listing, the company said on Sunday.",
    )
    assert [c.value for c in quantities(analysis, "percent:offer")] == ["25 percent"]
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["25 percent"]]


def test_a_price_written_in_the_currencys_small_unit_is_the_same_price(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Vestra Materials agreed on Monday to buy a 51% stake in Korvel Cement for OMR 96 million. Vestra will "
        "offer OMR 0.420 per share, a premium to Korvel's closing price.",
        "Vestra Materials will pay OMR 96 million for a 51% stake in Korvel Cement. It is offering 420 baisas a "
        "share, a price the Korvel board has recommended.",
    )
    assert sorted((c.value, c.norm) for c in quantities(analysis, "amount:per share")) == [
        ("420 baisas", 0.42), ("OMR 0.420", 0.42)]
    assert kinds(analysis, "single_source") == kinds(analysis, "number_conflict") == []


def test_the_score_when_play_stopped_is_not_the_score_of_the_replay(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The quarter-final between Rudar and Sloga was abandoned in the 58th minute on Saturday with the score at "
        "2-2 after a storm hit the ground.",
        "Rudar won the replayed quarter-final 3-1 on Wednesday, with two goals from Edin Hodzic.",
    )
    scores = {(c.value, c.subject) for c in quantities(analysis, "score")}
    assert scores == {("2-2", "interrupted score"), ("3-1", "final score")}
    assert kinds(analysis, "number_conflict") == []


def test_a_thing_no_category_names_is_counted_and_compared_by_its_noun(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Varena harbour master said 31 trawlers were waiting to unload on Monday. The port handled "
        "four cruise ships last month.",
        "Some 13 trawlers were waiting outside Varena harbour on Monday, the harbour master said.",
    )
    assert {c.value: c.attribute for c in quantities(analysis)} == {
        "31": "count:of:trawler", "four": "count:of:ship", "Some 13": "count:of:trawler"}
    assert flagged(analysis, "number_conflict") == [["31", "Some 13"]]
    # A thing counted by one report only is no figure a fact-checker must chase, unlike a toll or a sum.
    assert kinds(analysis, "single_source") == []


def test_a_part_of_a_group_and_a_measure_of_a_thing_are_not_counts_of_it(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Delegates from the six coastal states met in Varena. Ministers of the other five states arrived on "
        "Monday, and a 12-metre banner hung over the hall.",
        "Ministers of the six coastal states met in Varena on Monday.",
    )
    assert sorted(c.value for c in quantities(analysis)) == ["six", "six"]
    assert kinds(analysis, "number_conflict") == []


def test_a_count_of_a_thing_does_not_vouch_for_a_toll_with_the_same_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Two firefighters were treated for burns after the blaze at the Varena depot on Monday.",
        "The blaze at the Varena depot on Monday destroyed two warehouses, the fire service said.",
    )
    assert [[c.value for c in f.claims] for f in kinds(analysis, "single_source")] == [["Two"]]


def test_the_term_prosecutors_seek_is_not_the_term_the_court_hands_down(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors are seeking 12 years in prison for Rafael Ostos on bribery charges, the court heard.",
        "A court in Vello sentenced Rafael Ostos to eight years in prison on Friday.",
    )
    terms = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert terms == {"12 years": "sought sentence", "eight years": "sentence"}
    assert kinds(analysis, "number_conflict") == []


@pytest.mark.parametrize("law", [
    "Fraud carries a maximum sentence of ten years under the penal code.",
    "The law sets a maximum prison term of ten years for fraud.",
    "Fraud is punishable by up to ten years in prison.",
])
def test_the_most_a_charge_carries_is_not_the_term_the_court_hands_down(tmp_path, law):
    analysis = analyse_pair(
        tmp_path,
        f"A court in Vello sentenced Rafael Ostos to six years in prison on Friday. {law}",
        "Rafael Ostos was sentenced to six years in prison on Friday.",
    )
    terms = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert terms == {"six years": "sentence", "ten years": "maximum sentence"}
    assert kinds(analysis, "number_conflict") == []


def test_terms_sought_for_two_people_are_not_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors asked for four years in prison for Lina Duro, the firm's former accountant.",
        "Prosecutors demanded nine years in prison for Rafael Ostos, the firm's founder.",
    )
    assert {c.value: c.qualifiers["holder"] for c in quantities(analysis, "sought sentence")} == {
        "four years": "Lina Duro", "nine years": "Rafael Ostos"}
    assert kinds(analysis, "number_conflict") == []


def test_a_sum_with_its_digits_in_another_order_is_a_conflict_however_described(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Coromar Rail will pay $1.35 billion for a 40% stake in the Vado container terminal, the company said.",
        "Coromar Rail, a freight railway, will pay 1.53 billion dollars for forty percent of Vado Terminals, the "
        "firm that runs the port.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == ["$1.35 billion", "1.53 billion dollars"]
    assert "same digits in" in flag.explanation  # compared as one sum, or found as a transposition across two
    assert kinds(analysis, "single_source") == []


def test_figures_that_share_digits_by_chance_are_not_a_transposition(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The blast at the Vado depot killed 12 people, the fire service said.",
        "Rescuers said 21 people were injured in the blast at the Vado depot.",
    )
    assert sorted(c.value for c in quantities(analysis)) == ["12", "21"]
    assert kinds(analysis, "number_conflict") == []


def test_a_conflict_between_transposed_digits_says_so(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Customs officers seized 27,100 crates of smuggled cigarettes at a warehouse in Vado on Monday.",
        "Customs officers seized 21,700 crates of smuggled cigarettes at a warehouse in Vado on Monday.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert "same digits in another order" in flag.explanation


def test_a_count_in_the_thousands_with_its_digits_reordered_is_flagged_however_counted(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Customs officers seized 26,300 bags of sugar at a depot in Vado on Monday.",
        "The wholesaler is said to have stored 23,600 bags of contraband sugar in Vado.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == ["23,600", "26,300"]
    assert "same digits in a different order" in flag.explanation


def test_who_says_a_figure_is_not_what_it_counts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Thieves stole eleven icons from the Varno monastery, and 40 police officers searched the hills.",
        "The three suspects will appear before a magistrate in Varno on Monday, the police said.",
    )
    assert [c.value for c in quantities(analysis, "police")] == ["40"]
    assert kinds(analysis, "number_conflict") == []


def test_a_thing_counted_with_hyphenated_words_before_it_is_still_counted(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Thieves took eleven gilded and late-medieval icons from the Varno chapel overnight, the police said.",
        "Thieves took 14 icons from the Varno chapel, the police said.",
    )
    assert sorted(c.value for c in quantities(analysis, "of:icon")) == ["14", "eleven"]
    assert flagged(analysis, "number_conflict") == [["14", "eleven"]]


def test_cases_counted_and_people_infected_are_one_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "By Friday the provincial health office had counted 540 cases of measles and four deaths in Orvik province.",
        "The measles outbreak in Orvik province has now infected more than 800 people, the health office said.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"540", "more than 800"}
    assert {c.qualifiers["category"] for c in flag.claims} == {"cases"}


def test_people_drawn_to_an_event_or_through_its_gates_are_its_attendance(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 24,000 people came through the gates of the Velmar folk festival over three days, organisers said. "
        "The town council election has drawn 14 candidates.",
        "The Velmar folk festival drew 31,000 people over its three days, organisers said.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"About 24,000", "31,000"}
    assert [c.value for c in quantities(analysis, "candidates")] == ["14"]


def test_an_investment_in_a_plant_and_the_plant_priced_before_its_noun_are_one_sum(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Velmar Industries will build a bus plant in Orvik with an investment of 1.8 billion dirhams, the company said.",
        "Velmar Industries has opened its 2.1 billion dirham bus plant in Orvik.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"1.8 billion dirhams", "2.1 billion dirham"}


# A sum told without its purpose is compared with the sums of the one purpose the other report gives; with two
# purposes there, it stays a figure of its own. A purpose its own report gives a sum for is not its purpose.
@pytest.mark.parametrize("own, other, conflict", [
    ("", "The Grey Heron group gave the Velmar water board ten days to pay a ransom of US$2.5 million.",
     {"US$3 million", "US$2.5 million"}),
    ("", "The Grey Heron group asked for a ransom of US$2.5 million. Repairs will cost the board US$4 million.",
     None),
    (" Repairs will cost the board about US$5.2 million.",
     "The Grey Heron group asked for a ransom of US$2.5 million. Repairs will cost the board US$5 million.",
     {"US$3 million", "US$2.5 million"}),
])
def test_a_sum_told_without_its_purpose(tmp_path, own, other, conflict):
    analysis = analyse_pair(
        tmp_path,
        "On Thursday the Grey Heron group claimed the attack on the Velmar water board and demanded US$3 million."
        + own,
        other,
    )
    conflicts = [{c.value for c in flag.claims} for flag in kinds(analysis, "number_conflict")
                 if "US$3 million" in {c.value for c in flag.claims}]
    assert conflicts == ([conflict] if conflict else [])
    alone = {c.claims[0].value for c in kinds(analysis, "single_source")}
    assert ("US$3 million" in alone) == (conflict is None)


def test_people_who_fell_ill_or_died_are_counted_as_such_and_a_pool_is_not_the_cases(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Health officials said nine patients at the Orvik clinic had developed bloodstream infections. The two "
        "patients who died were elderly.",
        "Fourteen patients have been infected, officials said. The new cases are all among the 38 people who were "
        "on the clinic's dialysis ward. Two patients have died.",
    )
    assert sorted((c.norm, c.qualifiers["category"]) for c in quantities(analysis)) == [
        (2, "dead"), (2, "dead"), (9, "cases"), (14, "cases")]
    [flag] = kinds(analysis, "number_conflict")
    assert {c.value for c in flag.claims} == {"nine", "Fourteen"}


@pytest.mark.parametrize("sentence", [
    '"We have seen the mayor go to prison," said a trader who has sold fish in the Orvik market for thirty years.',
    "For the former mayor it meant one year less in prison.",
    "The former mayor's sentence was cut to four years in prison from the five he was given at first instance.",
])
def test_a_span_of_other_work_a_difference_or_a_term_left_unsaid_is_no_prison_term(tmp_path, sentence):
    analysis = analyse_pair(
        tmp_path,
        "An appeal court in Orvik on Tuesday cut the prison sentence of former mayor Edda Quillfeld to four years. "
        + sentence,
        "An appeal court in Orvik on Tuesday reduced the prison term of former mayor Edda Quillfeld to four years.",
    )
    terms = [c for c in quantities(analysis) if "sentence" in c.qualifiers["category"]]
    assert {c.qualifiers["category"] for c in terms} == {"revised sentence"}
    assert {c.norm for c in terms} == {48}
    assert [c.value for c in quantities(analysis) if c not in terms] == []
    assert kinds(analysis, "number_conflict") == [] and kinds(analysis, "single_source") == []


def test_a_term_prosecutors_asked_for_is_still_a_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Orvik sentenced former mayor Edda Quillfeld to eight years in prison. Prosecutors had asked "
        "for 11 years.",
        "Former mayor Edda Quillfeld was jailed for eight years by a court in Orvik.",
    )
    assert sorted(c.norm for c in quantities(analysis) if "sentence" in c.qualifiers["category"]) == [96, 96, 132]


def test_an_earlier_deal_of_the_same_buyer_and_the_value_with_debt_are_not_the_price(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Velmar Foods has agreed to buy a 60 percent stake in Orvik Dairy for US$300 million. Including debt, the "
        "deal values Orvik Dairy at US$450 million.",
        "Velmar Foods will buy 60 percent of Orvik Dairy for US$300 million. In 2022 it bought Tartu Mills, a flour "
        "maker, for about US$120 million.",
    )
    deals = quantities(analysis, "amount:deal")
    assert {c.value: c.qualifiers["holder"] for c in deals} == {
        "US$300 million": "Orvik Dairy", "about US$120 million": "Tartu Mills"}
    assert [c.value for c in quantities(analysis, "amount:enterprise value")] == ["US$450 million"]
    assert kinds(analysis, "number_conflict") == []


def test_a_figure_that_says_who_a_speaker_is_is_not_a_claim_of_one_source(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        'The Orvik coffee cooperative agreed on Monday to sell its beans to Velmar Foods. "If they pay for quality, '
        'good," said Arvo Tamm, who grows coffee on two hectares near the town.',
        "The Orvik coffee cooperative agreed on Monday to sell its beans to Velmar Foods, the cooperative said.",
    )
    assert [c.value for c in quantities(analysis, "area")] == ["two"]
    assert kinds(analysis, "single_source") == []


def test_half_a_billion_is_half_a_billion_and_a_term_in_office_is_no_prison_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former governor Edda Quillfeld, who was governor of the province for four years, was jailed for eight years "
        "and fined 500 million rupiah.",
        "Edda Quillfeld was sentenced to eight years in prison and ordered to pay a fine of half a billion rupiah.",
    )
    assert sorted(c.norm for c in quantities(analysis, "amount:fine")) == [500_000_000, 500_000_000]
    assert sorted(c.norm for c in quantities(analysis, "sentence")) == [96, 96]
    assert kinds(analysis, "number_conflict") == []


def test_people_critically_injured_are_a_part_of_the_injured(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Twelve people were killed and 30 injured when the hillside above Orvik gave way on Tuesday, officials said.",
        "Seven people critically injured in the landslide at Orvik were flown to Tartu on Wednesday. Thirty people "
        "were injured in all.",
    )
    assert sorted(c.norm for c in quantities(analysis, "injured")) == [30, 30]
    assert [c.norm for c in quantities(analysis, "in critical condition")] == [7]
    assert kinds(analysis, "number_conflict") == []


def test_the_others_convicted_beside_someone_are_not_all_the_convicted(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former prefect Edda Quillfeld was sentenced to ten years in prison along with three former officials.",
        "Two other former officials convicted in the same case did not appeal, court records show.",
    )
    assert [c.value for c in quantities(analysis) if c.value.lower() == "two"] == []
    assert kinds(analysis, "number_conflict") == []


def test_things_counted_where_an_act_happened_are_counted_by_their_own_noun(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The road linking the villages to Orvik was cut by landslides in at least two places, the agency said.",
        "Landslides cut the road to Orvik on Tuesday, the agency said.",
    )
    assert quantities(analysis, "jobs") == []
    assert kinds(analysis, "single_source") == []


def test_a_number_of_something_no_category_names_is_not_the_category_of_its_clause(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Repair crews have fixed broken boreholes in Orvik and Tartu, two of the districts where the outbreak has "
        "been worst. Two of the miners were killed.",
        "Officials said repair work on the boreholes of Orvik district was finished on Friday.",
    )
    assert quantities(analysis, "crew") == []
    assert [c.value for c in quantities(analysis, "dead")] == ["Two"]


def test_a_figure_joined_to_what_it_counts_by_a_hyphen_is_compared_with_the_same_count_written_out(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The federation handed Rovers goalkeeper Emil Sandvik a four-match ban on Monday.",
        "Rovers goalkeeper Emil Sandvik was banned for three matches by the federation on Monday.",
    )
    assert sorted((c.value, c.qualifiers.get("category")) for c in quantities(analysis)) == [
        ("four", "suspension"), ("three", "suspension")]
    assert len(kinds(analysis, "number_conflict")) == 1


def test_half_a_dozen_is_six(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Six houses were swept away when the hillside above Marlow Creek collapsed on Sunday.",
        "Half a dozen homes were buried when the hillside above Marlow Creek collapsed on Sunday.",
    )
    assert [c.norm for c in quantities(analysis)] == [6, 6]
    assert kinds(analysis, "number_conflict") == []


def test_the_term_a_prosecutor_asks_the_court_to_impose_is_sought_not_handed_down(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors asked the Velden District Court on Tuesday to sentence Anton Barić, the former head of the "
        "water board, to 12 years in prison.",
        "The Velden District Court on Friday sentenced Anton Barić to ten years in prison. The prosecutor had "
        "asked the judge to send him to prison for 13 years.",
    )
    terms = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert terms == {"12 years": "sought sentence", "ten years": "sentence", "13 years": "sought sentence"}
    assert flagged(analysis, "number_conflict") == [["12 years", "13 years"]]


def test_a_second_conversion_in_the_bracket_is_not_a_figure_of_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Harvell Motors will buy two-thirds of Cordova Agro for R$2.35 billion (about $430 million, or roughly "
        "₹3,600 crore), the companies said.",
        "Harvell Motors agreed to pay R$2.35 billion for its stake in Cordova Agro.",
    )
    assert [c.value for c in quantities(analysis) if c.qualifiers.get("conversion")] == [
        "about $430 million", "roughly ₹3,600 crore"]
    assert kinds(analysis, "single_source") == []


def test_figures_told_respectively_belong_to_the_names_in_the_same_place(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Unity Congress won 53 seats. Its partners, the Reform Party and the Covenant Alliance, won 14 and "
        "nine seats respectively, well over the 61 seats needed. A party needs 61 seats to govern alone.",
        "The Reform Party won 14 seats and the Covenant Alliance nine, final results showed.",
    )
    seats = {(c.source_id, c.value): c.qualifiers["holder"] for c in quantities(analysis, "seats")}
    first = {value: holder for (sid, value), holder in seats.items() if sid.startswith("first")}
    # (and 61 is a rule, not a result; 53 is the Unity Congress's, a name the tagger leaves out)
    assert first == {"53": "Unity Congress", "14": "Reform Party", "nine": "Covenant Alliance"}
    assert kinds(analysis, "number_conflict") == []


def test_a_hedged_share_allows_a_point_or_two_not_a_tenth_of_itself(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The electoral commission put provisional turnout in the Marrow Valley election at about 38 percent.",
        "Turnout in the Marrow Valley election was 41.7 percent, the electoral commission said. Turnout was "
        "nearly 42% of registered voters.",
    )
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == ["41.7 percent", "about 38 percent"]
    assert "within 1.52 points" in flag.explanation


@pytest.mark.parametrize(("category", "first", "second", "expected"), [
    # how long a contract runs (not a prison term told beside it)
    ("years",
     "Striker Ivo Marek has signed a four-year contract with Dunavia, the club said on Monday.",
     "Ivo Marek joined Dunavia on a three-year deal. He was jailed for two years in 2015.",
     {"four-year": 4, "three-year": 3}),
    # the wounds a victim had, counted apart from the people injured
    ("wounds",
     "The pathologist told the court that Edvin Laske had been stabbed 12 times. Nine people were wounded in "
     "the brawl outside the bar.",
     "Edvin Laske had sixteen stab wounds, the court heard. Nine people were hurt in the brawl.",
     {"12": 12, "sixteen": 16}),
    # a concession, a lease or a licence runs for longer than a contract: its length is its own figure
    ("concession length",
     "The harbour board handed Orvel Terminals a 35-year concession to run the new quay at Kelvo.",
     "Orvel Terminals will run the quay under a concession that runs for 40 years. Its chief signed a "
     "four-year contract in March.",
     {"35-year": 35, "40 years": 40}),
])
def test_a_figure_of_its_own_kind_is_compared_with_the_same_kind(tmp_path, category, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert {c.value: c.norm for c in quantities(analysis, category)} == expected
    assert flagged(analysis, "number_conflict") == [sorted(expected)]


def test_a_player_s_points_in_one_game_are_compared_across_reports(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kelvo won the deciding game 88-80 to take the title. Edvin Laske finished with 29 points and was named the "
        "best player of the series.",
        "Edvin Laske scored 25 points in the decisive game as Kelvo beat Orvel 88-80 for the title. Kelvo sit top "
        "of the regional league with 31 points.",
    )
    points = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "points")}
    assert points == {"29 points": "Edvin Laske", "25 points": "Edvin Laske"}  # not a club's points in a table
    assert flagged(analysis, "number_conflict") == [["25 points", "29 points"]]


def test_a_player_s_points_told_without_their_game_are_not_set_against_another_game_s(tmp_path):
    # "24 points" in a report of the series may be of any of its games, not the one the other report dates.
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske scored 23 points on Tuesday as Kelvo beat Orvel 80-77 to lead the series 2-0.",
        "Kelvo won the title in Game 4. Edvin Laske scored 19 points and was named the best player of the final.",
    )
    assert len(quantities(analysis, "points")) == 2
    assert not flagged(analysis, "number_conflict")


def test_the_share_of_votes_for_a_motion_and_a_stake_raised_to_a_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Shareholders of Tamsa Foods on Tuesday approved the capital increase that will give Korvel Group 67% of "
        "the company, with 94.1% of votes cast in favour.",
        "At the meeting, 91.4% of the votes cast supported the capital increase, which will take Korvel's holding "
        "to 61%. Ana Berg took 50.4 percent of the vote against 49.6 percent for Ivo Tal in the board election.",
    )
    found = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert found["67%"] == found["61%"] == "percent:stake"
    assert found["94.1%"] == found["91.4%"] == "percent:in favour"
    assert found["49.6 percent"] == "vote share"  # "of the vote against" is a share of the vote, not a no
    conflicting = sorted(sorted(c.value for c in f.claims) for f in kinds(analysis, "number_conflict"))
    assert conflicting == [["61%", "67%"], ["91.4%", "94.1%"]]


def test_the_constituencies_a_party_won_are_not_the_count_of_all(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Results from all 80 constituencies were declared on Monday. The Unity Congress, which won 41 "
        "constituencies, fell short of a majority.",
        "The commission declared results in the 80 constituencies by Monday evening.",
    )
    found = {c.value: (c.qualifiers["category"], c.qualifiers["holder"]) for c in quantities(analysis)}
    assert found["41"] == ("of:constituency won", "Unity Congress")
    assert found["80"] == ("of:constituency", "")
    assert kinds(analysis, "number_conflict") == []


def test_a_seat_held_on_by_a_few_votes_is_a_margin_not_a_tally(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "In Tevane, Lina Oduya won by just 36 votes after a recount.",
        "In Tevane, Lina Oduya held on by 63 votes after a recount.",
    )
    margins = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert margins == {"36": "vote margin", "63": "vote margin"}
    assert flagged(analysis, "number_conflict") == [["36", "63"]]


def test_those_who_cut_something_are_not_jobs_cut(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Trade has grown quickly since the two governments cut tariffs on farm goods. Velta Foods cut 300 jobs.",
        "Velta Foods will cut 300 jobs at its plant, the company said.",
    )
    assert [c.value for c in quantities(analysis, "jobs") if c.source_id == "first"] == ["300"]
    assert kinds(analysis, "single_source") == []


def test_a_place_in_an_order_is_not_a_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Opener Dinesh Perera returns at number four after missing the last home series with a hamstring injury.",
        "The top seed, ranked No. 3 in the world, plays her first match on Friday.",
    )
    assert not [c for c in quantities(analysis) if c.value.lower() in ("four", "3")]
    assert not kinds(analysis, "single_source")


# Two one-paragraph reports of one figure, told in other words, and the two values each gives.
TOLD_APART = {
    "a winning margin": (
        "Namibia beat Nepal by seven wickets in the opening match at Windhoek on Saturday.",
        "Nepal lost by six wickets to Namibia in Windhoek on Saturday, their third defeat of the tour.",
        {"seven", "six"}),
    "a share of support is the share in favour": (
        "At the extraordinary meeting, holders of 74 per cent of the shares represented voted in favour of the merger.",
        "Shareholders approved the merger on Tuesday with 71 per cent support.",
        {"74 per cent", "71 per cent"}),
    "the fatal ones among cases are the dead": (
        "Health officials have confirmed 11 cases of the fever in the province, two of them fatal.",
        "Three people have died of the fever in the province, the health department said.",
        {"two", "Three"}),
    # the bidder's 9.8 per cent is another holder's stake, not compared
    "a holding told with hold or own is its holder's stake": (
        "The founding Arvidsson family holds 28 per cent and has not said whether it will sell. Fjordlaks, the "
        "bidder, has 9.8 per cent.",
        "The Arvidsson family, which owns 31 per cent, abstained.",
        {"28 per cent", "31 per cent"}),
    "votes of a candidate told as she are hers": (
        "Teodora Vlasic of the Civic List won the by-election in Korenica. Vlasic polled 9,412 votes.",
        "Teodora Vlasic won Sunday's by-election for the Civic List. She polled 9,142 votes, the commission said.",
        {"9,412", "9,142"}),
    "the minute a match stopped in": (
        "The final was abandoned in the 58th minute when lightning struck near the ground.",
        "The referee stopped the final in the 85th minute and sent the players to the dressing rooms.",
        {"58th minute", "85th minute"}),
    "the size of a body told as its members": (
        "The ministry set up a five-member inquiry committee headed by a retired judge.",
        "A seven-member committee led by a retired judge will investigate the sinking, the ministry said.",
        {"five", "seven"}),
    "people who were on board": (
        "The launch left the jetty at dusk with some 60 people on board, survivors said.",
        "At least 75 people were on board when the launch overturned, relatives said.",
        {"some 60", "At least 75"}),
    "a sum a verb puts something at": (
        "Valmora would pay a break fee of 8 million euros if it walked away from the merger.",
        "The filing puts the break fee payable by Valmora, if it accepts a rival offer, at 9.5 million euros.",
        {"8 million euros", "9.5 million euros"}),
    "a stage's length told with the verb that changed it": (
        "The third stage was cut to 88 km because of snow on the pass, and Ilse Varga won the sprint.",
        "Stage three, on Thursday, was shortened to 110 km because of snow on the pass.",
        {"88 km", "110 km"}),
    "a stretch of a border, called a frontier in one report": (
        "The two delegations agreed on the line along 41 kilometres of the border at their fifth meeting.",
        "The protocol fixes the line along 45 kilometres of the common frontier, officials said.",
        {"41 kilometres", "45 kilometres"}),
}


@pytest.mark.parametrize("case", list(TOLD_APART))
def test_one_figure_told_in_other_words_and_given_two_values_is_flagged(tmp_path, case):
    first, second, expected = TOLD_APART[case]
    assert conflicting_values(analyse_pair(tmp_path, first, second)) == expected


def conflicting_values(analysis) -> set[str]:
    """The values of the one number conflict the analysis flags."""
    [flag] = kinds(analysis, "number_conflict")
    return {c.value for c in flag.claims}


def test_the_same_winning_margin_in_other_words_is_not_flagged(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Namibia beat Nepal by 62 runs in the opening match at Windhoek on Saturday.",
        "Nepal lost to Namibia by 62 runs in Windhoek on Saturday.",
    )
    assert {c.source_id for c in quantities(analysis) if c.qualifiers["category"] == "margin:run"} == {"first", "second"}
    assert not kinds(analysis, "number_conflict")


def test_a_small_count_beside_a_large_one_of_the_same_things_is_compared_on_its_own(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "a_wire": ("outlet: Isthmus Wire\npublished: 2027-02-07",
                   "Voters cast ballots at 2,310 polling stations across the country on Sunday."),
        "d_weekly": ("outlet: Central America Weekly\npublished: 2027-02-10",
                     "Voting took place at 2,310 polling stations."),
        "blog": ("outlet: Lake Live\npublished: 2027-02-07",
                 "Voting at three polling stations on the island of Ometepe started two hours late after the ferry "
                 "was delayed."),
        "daily": ("outlet: Granada Daily\npublished: 2027-02-08",
                  "Voting was delayed by two hours at five polling stations on the island of Ometepe, where the "
                  "ferry was held up by high winds."),
    })])
    assert conflicting_values(analysis) == {"three", "five"}


def test_money_taken_from_someone_in_a_report_headlined_as_bribery_is_the_bribe(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "wire": ("outlet: Baltic Wire\npublished: 2027-03-01",
                 "Harbour official Marius Kalvis is accused of taking bribes worth €180,000 from Delta Dredging."),
        "daily": ("outlet: Port Daily\npublished: 2027-03-02\ntitle: Port bribery trial opens in Liepaja",
                  "Marius Kalvis is accused of taking €810,000 from Delta Dredging, the company that won the "
                  "contract to deepen the channel."),
    })])
    assert conflicting_values(analysis) == {"€180,000", "€810,000"}


def test_a_distance_away_or_left_to_race_is_no_length_and_no_jobs_cut(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The fourth stage was cut to 96 km. A crash with 38 km to go ended the day for the race leader, who was "
        "taken to a hospital about 40 km away.",
        "The peloton was cut to 96 riders by the crash, 30 km from the finish.",
    )
    lengths = [c for c in quantities(analysis) if str(c.qualifiers.get("category", "")).startswith("length:")]
    assert [c.value for c in lengths] == ["96 km"]  # the stage's length was read
    assert not quantities(analysis, "jobs")
    assert not kinds(analysis, "number_conflict")


def test_a_sizeable_count_of_things_only_one_report_gives_is_listed(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The dry port at Erdene handled 1,840 containers in August, its operator said. More than 250 mm of rain "
        "fell on the city in July. The two countries will hold talks on a new rail link in Ulaanbaatar on Monday.",
        "The two countries will hold talks on a new rail link in Ulaanbaatar on Monday, the foreign ministry said.",
    )
    assert {c.value for f in kinds(analysis, "single_source") for c in f.claims} == {"1,840"}


def test_how_many_of_the_things_a_story_knows_of_is_not_listed_as_one_report_s_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The two countries and their 25 ministries will hold talks on a rail link in Ulaanbaatar on Monday. The "
        "carmaker has said it will keep its 30 brands and all 40 models.",
        "The talks on a rail link will be held in Ulaanbaatar on Monday, the foreign ministry said.",
    )
    assert {c.value for c in quantities(analysis)} >= {"25", "40"}  # the counts were read
    assert not kinds(analysis, "single_source")


def test_cfa_francs_and_a_currency_s_small_unit_are_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The new quay is a project estimated at 40 billion CFA francs, the ministry said.",
        "Gulf Horizon is offering 485 baisas a share, a price the board has recommended.",
    )
    assert [(c.value, c.qualifiers["unit"], c.norm) for c in quantities(analysis)] == [
        ("40 billion CFA francs", "CFA", 40e9), ("485 baisas", "RIAL", 0.485)]


def test_the_quarter_a_deal_is_expected_to_close_in_is_its_completion_date(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Valmora agreed to buy Tessin Mining for $418 million. The companies expect the transaction to close in the "
        "third quarter, once regulators have signed off.",
        "Valmora will pay $418 million for Tessin Mining. The deal is now expected to close in the fourth quarter.",
    )
    dates = [{c.value for c in f.claims} for f in kinds(analysis, "date_conflict")]
    assert dates == [{"the third quarter", "the fourth quarter"}]
    assert not [c for c in analysis.claims if c.qualifiers.get("trigger") == "closure"]  # no plant closes


# Two one-paragraph reports whose figures count different things, and what some of those figures are read as.
READ_APART = {
    "how many a vessel may carry is not how many it carried": (
        "The launch, licensed to carry 45 passengers, was badly overloaded when it left the jetty.",
        "The launch, which was carrying about 70 passengers, overturned in a squall.",
        {"45": "capacity"}),
    "the stake a seller keeps is not the stake it sells": (
        "The state mining company agreed on Tuesday to sell a 60 percent stake in the Kasempa copper project to "
        "Orvane Resources.",
        "The state mining company will sell a 60% stake in the Kasempa project to Orvane Resources and will retain a "
        "minority stake of forty percent.",
        {"forty percent": "percent:stake kept"}),
    "every term in a list prosecutors asked for is sought": (
        "Prosecutors have asked for eight years in prison for Ilona Varga and three years for Bence Toth.",
        "Bence Toth, the firm's former finance director, received 20 months in prison on Friday.",
        {"eight years": "sought sentence", "three years": "sought sentence", "20 months": "sentence"}),
    "the staff of one site, beside a place 'close to' it, are neither jobs cut nor the workforce": (
        "The call centre in Kelvo, with 420 staff, lies close to the port. The new owners plan to create 1,500 new "
        "jobs.",
        "The new owners plan to create 1,500 new jobs across the country.",
        {"420": "site workforce", "1,500": "jobs"}),
    "a prison term a prosecutor asks for is sought": (
        "In closing arguments, the prosecutor asked for a prison term of twelve years for Edvin Laske.",
        "Edvin Laske was sentenced on Friday to eight years and six months in prison.",
        {"twelve years": "sought sentence", "eight years and six months": "sentence"}),
    "a term asked for with words between the asking and 'for' is sought": (
        "The prosecution asked on Tuesday for nine years in prison for Edvin Laske.",
        "Edvin Laske's co-defendant, Kertu Lepik, received three years in prison on Friday.",
        {"nine years": "sought sentence", "three years": "sentence"}),
    "what a company owes is not what it borrows": (
        "In its petition, Dorrance Home lists liabilities of between $1 billion and $10 billion.",
        "Lenders have agreed to provide $275 million in financing to keep Dorrance Home running through the "
        "bankruptcy.",
        {"$1 billion": "amount:liabilities"}),
    "the minute of a goal is not the minute the match stopped": (
        "Kemal Aydin scored in the 58th minute before the match was abandoned in the 85th minute.",
        "The match was abandoned in the 85th minute after a floodlight failure.",
        {"85th minute": "stoppage minute"}),
    "a toll that rose after injured people died counts the dead": (
        "The death toll from the derailment near Tarnava rose to 9 after injured passengers died overnight.",
        "Nine people have died and about 40 were injured in the derailment near Tarnava.",
        {"9": "dead"}),
}


def test_a_term_in_digits_of_years_and_months_is_the_term_in_words(tmp_path):
    # the tagger cuts "5 years and 9 months" after the "and"; the months belong to the term
    analysis = analyse_pair(tmp_path, "A court in Orvel sentenced two officials on Friday. Ana Kelvo, the former "
                            "director, received 5 years and 9 months for corruption.",
                            "Ana Kelvo was sentenced to five years and nine months in prison for corruption.")
    assert {c.value: c.norm for c in quantities(analysis, "sentence")} == {
        "5 years and 9 months": 69, "five years and nine months": 69}
    assert not kinds(analysis, "number_conflict")


@pytest.mark.parametrize("case", list(READ_APART))
def test_figures_of_different_things_are_read_apart_and_not_compared(tmp_path, case):
    first, second, expected = READ_APART[case]
    analysis = analyse_pair(tmp_path, first, second)
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis) if c.value in expected} == expected
    assert not kinds(analysis, "number_conflict")


def test_the_scores_of_two_games_of_a_series_told_on_their_days_are_not_one_score(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Handball Wire\npublished: 2025-04-13", """
        Aalborg Kings took a 1-0 lead in the best-of-five final on Saturday, beating Odense Rams 31-27.
        """),
        "second": ("outlet: Nordic Sport Daily\npublished: 2025-04-16", """
        Odense Rams beat Aalborg Kings 29-28 on Tuesday to make it 1-1 in the series.
        """),
        "third": ("outlet: Court Side\npublished: 2025-04-19", """
        Aalborg Kings won 30-24 at home on Friday and lead the series 2-1.
        """),
    })])
    assert flagged(analysis, "number_conflict") == []
    assert {c.qualifiers.get("day") for c in quantities(analysis, "score") if c.attribute == "score"} \
        == {"2025-04-12", "2025-04-15", "2025-04-18"}


def test_one_game_told_with_two_scores_on_its_day_is_still_a_conflict(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Handball Wire\npublished: 2025-04-13", """
        Aalborg Kings beat Odense Rams 31-27 on Saturday in the first game of the final.
        """),
        "second": ("outlet: Nordic Sport Daily\npublished: 2025-04-14", """
        Aalborg Kings beat Odense Rams 31-26 on Saturday to open the final.
        """),
        "third": ("outlet: Court Side\npublished: 2025-04-16", """
        Odense Rams beat Aalborg Kings 29-28 on Tuesday in the second game.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["31-26", "31-27"]]


def test_a_series_score_after_another_number_of_games_is_no_conflict(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Handball Wire\npublished: 2025-04-16", """
        Odense Rams beat Aalborg Kings 29-28 to make it 1-1 in the series.
        """),
        "second": ("outlet: Nordic Sport Daily\npublished: 2025-04-19", """
        The win gave Aalborg Kings a 2-1 lead in the series.
        """),
        "third": ("outlet: Court Side\npublished: 2025-04-19", """
        Aalborg Kings now lead the series 3-0, the club said, after a third straight win.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["2-1", "3-0"]]


def test_a_share_given_for_a_candidate_is_that_candidates(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Lucia Marin of the Civic Pact won the mayoral election with 47.3 percent of the valid vote to 44.9 percent "
        "for Tomas Vidal.",
        "In the mayoral election Tomas Vidal won 44.1 percent of the vote, the electoral tribunal said.",
    )
    shares = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "vote share")}
    assert ("44.9 percent", "Tomas Vidal") in shares
    assert flagged(analysis, "number_conflict") == [["44.1 percent", "44.9 percent"]]


def test_set_scores_are_compared_set_by_set(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Tennis Wire\npublished: 2025-06-10", """
        Lena Marsh won the title on Monday, beating Olga Petrenko 6-4, 3-6, 7-5 in the final.
        """),
        "second": ("outlet: Baseline Weekly\npublished: 2025-06-12", """
        Marsh beat Petrenko 6-4, 4-6, 7-5 in Monday's final, her first title on clay.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["3-6", "4-6"]]
    assert {c.attribute for c in quantities(analysis, "score")} == {"score:set 1", "score:set 2", "score:set 3"}


@pytest.mark.parametrize("second", [
    "In the final, Lena Marsh beat Ukraine's Olga Petrenko 6-4, 4-6, 7-5 in two hours and a half.",
    "In the final, Olga Petrenko lost to Lena Marsh 6-4, 4-6, 7-5.",  # the side lost to is a side, not a venue
])
def test_a_score_told_without_its_day_is_of_the_match_of_the_sides_it_names(tmp_path, second):
    # The first report tells two matches by their days; the second gives the final's sets with no day. The names of
    # the two players say which match they are of: the final, not the semi-final.
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Tennis Wire\npublished: 2025-06-10", """
        Lena Marsh won the title on Monday, beating Olga Petrenko 6-4, 3-6, 7-5 in the final.

        On Saturday Marsh had beaten Kertu Lepik 6-3, 7-5 in the semi-finals.
        """),
        "second": ("outlet: Baseline Weekly\npublished: 2025-06-12", second),
    })])
    assert flagged(analysis, "number_conflict") == [["3-6", "4-6"]]


def test_scores_of_two_games_between_the_same_sides_told_without_days_are_not_one_score(tmp_path):
    # A report that gives two scores of the same two sides tells two games; which of them another report's score
    # told without its day is, nothing says.
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Handball Wire\npublished: 2025-04-20", """
        Kelvo United beat Orvel City 31-27 in the first game. Orvel City beat Kelvo United 29-28 in the second.

        Kelvo United won 30-24 at home on Friday and lead the series 2-1.
        """),
        "second": ("outlet: Nordic Sport Daily\npublished: 2025-04-21", """
        Orvel City had beaten Kelvo United 29-26 in an earlier game, the club said.
        """),
    })])
    assert flagged(analysis, "number_conflict") == []


def test_a_score_of_a_side_the_other_report_s_match_leaves_out_is_of_another_match(tmp_path):
    # Both semi-finals were played on Sunday. The first report names both sides of one of them; the second tells
    # the other one by one side only, a side the first report's match is not between. Two matches, two scores.
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Lakes Sport\npublished: 2025-04-14", """
        Narva United beat Viljandi City 2-1 in Paide on Sunday and now meet the cup holders in the final.
        """),
        "second": ("outlet: Upland Voice\npublished: 2025-04-14", """
        Kelvo Rovers, down to ten men, drew 1-1 on Sunday and won the shoot-out.
        """),
        "third": ("outlet: Harju Ledger\npublished: 2025-04-15", """
        Narva United beat Viljandi City 3-1 in Paide on Sunday after scoring twice late on.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["2-1", "3-1"]]


# Two ways reports tell one figure: a headcount, and a sum in tenge with its conversion into dollars.
_WORKERS = ("Kelvo Tea runs 11 estates in the highlands and employs {} permanent workers.",
            "Kelvo Tea is the biggest private employer in the area, with {} workers on its estates.")
_CONVERTED = ("Kelvo Freight signed a contract on Friday to buy 150 locomotives for 412 billion tenge ({}).",
              "The KZT412bn ({}) contract for 150 locomotives was signed on Friday, Kelvo Freight said.")


@pytest.mark.parametrize(("told", "first", "second", "conflict"), [
    (_WORKERS, "about 9,500", "about 11,000", True),  # neither figure within the other's hedge, though the hedges meet
    (_WORKERS, "about 300", "about 320", False),  # one within the other's hedge
    (_WORKERS, "some 6,800", "6,200", True),  # a figure rounded to its second digit hedges by 5%, not 10%
    (_WORKERS, "about 300", "312", False),  # a round figure by 10%
    (_CONVERTED, "about $820 million", "$870 million", True),  # 6% apart: more than two days' rates explain
    (_CONVERTED, "about $820 million", "$835 million", False),  # two conversions within 3% of one another
])
def test_two_hedged_figures_agree_when_one_falls_within_the_others_hedge(tmp_path, told, first, second, conflict):
    analysis = analyse_pair(tmp_path, told[0].format(first), told[1].format(second))
    assert flagged(analysis, "number_conflict") == ([sorted([first, second])] if conflict else [])


@pytest.mark.parametrize(("first", "second"), [
    ("The fire service sent 14 fire tenders to the factory.", "The fire service sent 22 fire engines to the factory."),
    ("The ship docked with 38 researchers aboard.", "The ship docked with 28 scientists aboard."),
])
def test_one_thing_counted_under_two_names_is_one_count(tmp_path, first, second):
    assert len(flagged(analyse_pair(tmp_path, first, second), "number_conflict")) == 1


def test_an_estimate_that_fits_only_another_reports_bound_is_a_side_of_its_own(tmp_path):
    # "some 212" fits "more than 200" but not the exact 231 beside it: it is a third figure, not a bridge
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Tundra Wire\npublished: 2025-10-11", "The earthquake injured 83 people, officials said."),
        "second": ("outlet: Civic Review\npublished: 2025-10-12", "Some 212 people were hurt in the earthquake."),
        "third": ("outlet: Delta Wire\npublished: 2025-10-13", "The earthquake injured more than 200 people."),
        "fourth": ("outlet: North Daily\npublished: 2025-10-14", "The earthquake injured 231 people, officials said."),
    })])
    [flag] = [f for f in analysis.flags if f.kind == "number_conflict"]
    assert {"83", "Some 212", "231"} <= {c.value for c in flag.claims}


def test_a_tie_break_score_is_not_the_match_score(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Volley Wire\npublished: 2025-03-12", "Harbour Rams beat Valley Kings 3-2 on Tuesday, "
                  "taking the tie-break 15-12."),
        "second": ("outlet: Net Weekly\npublished: 2025-03-13", "Harbour Rams won 3-2 on Tuesday after a 15-13 "
                   "tie-break."),
    })])
    assert flagged(analysis, "number_conflict") == [["15-12", "15-13"]]


def test_the_games_of_a_series_are_told_apart_by_their_numbers(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Volley Wire\npublished: 2025-04-13", """
        Harbour Rams took a 1-0 lead in the best-of-five final, beating Valley Kings 3-1 (25-21, 22-25, 25-18, 25-19).
        """),
        "second": ("outlet: Net Weekly\npublished: 2025-04-24", """
        Harbour Rams won Game 1 3-1 (25-21, 22-25, 25-16, 25-19) before a full house.
        """),
        "third": ("outlet: Volley Live\npublished: 2025-04-22", """
        Harbour Rams win 3-1 (25-23, 22-25, 25-21, 25-17) and take the series 3-1.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["25-16", "25-18"]]


def test_a_premium_told_after_a_sentence_on_the_vote_is_a_premium(tmp_path):
    # the sentence before speaks of the shareholders' vote; the figure's own noun says what it is
    analysis = analyse_pair(
        tmp_path,
        "Shareholders of Tamsin Cellars will vote on the deal next Thursday. Kirimaru is offering A$3.10 in cash "
        "for each share, a 37 per cent premium to the price before the bid was made public.",
        "Shareholders of Tamsin Cellars approved the takeover by Kirimaru, with 91.2 per cent of the votes cast in "
        "favour and a majority of shareholders by number, 84.5 per cent, also backing it.",
    )
    [premium] = [c for c in quantities(analysis) if c.value == "37 per cent"]
    assert premium.qualifiers["category"].startswith("percent:premium")
    assert kinds(analysis, "number_conflict") == []


@pytest.mark.parametrize("picked", ["three leading candidates", "two main candidates", "other four candidates"])
def test_candidates_picked_out_of_the_field_are_not_its_size(tmp_path, picked):
    analysis = analyse_pair(
        tmp_path,
        f"The {picked} signed a peace pact on Tuesday in Oviedo, pledging to accept the result.",
        "Lucía Arbeloa, the youngest of the 14 candidates, said she would study the results.",
    )
    assert kinds(analysis, "number_conflict") == []


@pytest.mark.parametrize("text", [
    "The governor voted at Ward 4, Unit 9 in his home town of Kessington.",
    "The delegates met in Hall 3 of the exhibition centre.",
    "The dispute turns on Article 12 of the treaty, the ministry said.",
])
def test_a_number_labelling_a_place_or_a_clause_is_no_count(tmp_path, text):
    article = {"a": ("outlet: Kessington Post\npublished: 2026-06-01", text)}
    analysis = reconcile.analyse([write_articles(tmp_path, article)])
    assert [c.value for c in quantities(analysis)] == []


def test_votes_told_by_the_place_a_candidate_took_are_that_candidate_s(tmp_path):
    # the verb is left out of the second clause: the votes are the second candidate's, not the first's
    analysis = analyse_pair(
        tmp_path,
        "The governorship election was won by Tobi Adeleke-Marsh. Kunle Ibitoye of the Renewal Party came second "
        "with 142,908, and Dr Yetunde Okorafor of the Labour Front third with 31,250.",
        "Tobi Adeleke-Marsh won the governorship election. The Labour Front candidate, Yetunde Okorafor, polled "
        "13,250 votes.",
    )
    holders = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "votes")}
    assert holders["142,908"] == "Kunle Ibitoye" and holders["31,250"] == "Yetunde Okorafor"
    assert flagged(analysis, "number_conflict") == [["13,250", "31,250"]]


def test_a_term_a_person_was_given_is_read_after_the_report_speaks_of_prison(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Kolda sentenced Ibra Seck, the former director of the port authority, to five years in prison "
        "for embezzlement. Businessman Moussa Faye, whose company won several of the contracts, was given two "
        "years, suspended, for complicity.",
        "Ibra Seck, the former director of the port authority, was jailed for five years by a court in Kolda. "
        "Businessman Moussa Faye received three years, suspended.",
    )
    assert flagged(analysis, "number_conflict") == [["three years", "two years"]]


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Haruna Drinks is paying A$3.10 in cash for each share, a premium of a third.", "A$3.10", "amount:per share"),
    ("Haruna Drinks is offering A$3.10 cash for each Marlin Bay Vintners (ASX: MBV) share it does not own.", "A$3.10",
     "amount:per share"),
    # "including debt" is told of the second sum only
    ("The offer values the winemaker's equity at A$512 million and the business at A$585 million including debt.",
     "A$512 million", "amount:deal"),
    ("The offer values the winemaker's equity at A$512 million and the business at A$585 million including debt.",
     "A$585 million", "amount:enterprise value"),
    ("It values the equity at about $510 million and the whole business, with its debt, at $590 million.",
     "about $510 million", "amount:deal"),
])
def test_what_a_sum_in_an_offer_is(tmp_path, text, value, category):
    article = {"a": ("outlet: Coast Wine Review\npublished: 2027-06-25", text)}
    analysis = reconcile.analyse([write_articles(tmp_path, article)])
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)}.get(value) == category


def test_a_sum_someone_is_fined_is_a_fine(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The federation's disciplinary board suspended coach Emre Kalaycı for two matches, fining him 150,000 lira.",
        "The title is worth 5 million lira in prize money to the club, whose coach Emre Kalaycı is suspended.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)}["150,000 lira"] == "amount:fine"
    assert kinds(analysis, "number_conflict") == []


def test_buses_are_compared_with_buses_not_with_every_vehicle(tmp_path):
    # "the three vehicles" are the two buses and the truck, and the vehicles stranded are other vehicles: the live
    # blog's "three buses" is the conflict, though the blog names the stranded vehicles first
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "wire": ("outlet: Andes Wire\npublished: 2025-03-10", """
            A mudslide buried two buses and a fuel truck on the mountain road before dawn on Monday, police said.
            """),
        "blog": ("outlet: Radio Live\npublished: 2025-03-10", """
            More than 800 vehicles are stranded on both sides of the slide. Three buses and a truck were buried by
            the mudslide, police say.
            """),
        "review": ("outlet: Road Review\npublished: 2025-03-14", """
            The slide buried two buses and a truck. Fifty-one people were on board the three vehicles.
            """),
    })])
    assert flagged(analysis, "number_conflict") == [["Three", "two", "two"]]


def test_a_term_and_a_half_is_read_in_months(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Lindenau on Friday sentenced former treasurer Bruno Feltz to four and a half years in prison.",
        "Bruno Feltz was sentenced to five years in prison on Friday.",
    )
    assert sorted(c.norm for c in quantities(analysis, "sentence")) == [54, 60]
    assert flagged(analysis, "number_conflict") == [["five years", "four and a half years"]]


def test_terms_listed_after_the_first_term_sought_are_sought_for_each_named(tmp_path):
    # the clause names no prison: the list after "had sought 12 years for X" tells what was sought for each
    analysis = analyse_pair(
        tmp_path,
        "At closing arguments the prosecutor asked for 12 years in prison for Arman Tulegenov and seven years for "
        "Zarina Abenova.",
        "Arman Tulegenov was jailed for ten years on Thursday. The prosecutor, Ilse Brunner, had sought 12 years for "
        "Tulegenov, six years for Abenova and four years of restricted freedom for Ruslan Ospanov.",
    )
    assert sorted(c.value for c in quantities(analysis, "sought sentence")) == [
        "12 years", "12 years", "seven years", "six years"]
    assert flagged(analysis, "number_conflict") == [["seven years", "six years"]]
    # a term served outside prison is its own kind of penalty
    assert [c.value for c in quantities(analysis, "restricted sought sentence")] == ["four years"]


def test_terms_listed_name_by_name_in_a_live_blog_are_each_that_persons(tmp_path):
    # the tagger runs "NAME - five years" into one name; the dash sets off what is listed for each
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "blog": ("outlet: Court Live\npublished: 2025-03-10", """
            **15:10** - Sentences: Arman Tulegenov - 10 years in a medium-security penal colony. Zarina Abenova - five years. Ruslan Ospanov - six years.
            """),
        "paper": ("outlet: Steppe Herald\npublished: 2025-03-11", """
            The judge sentenced Arman Tulegenov to ten years in prison. His former deputy, Zarina Abenova, was
            sentenced to four years, and Ruslan Ospanov to six years.
            """),
    })])
    listed = {c.value: c.qualifiers.get("holder") for c in quantities(analysis, "sentence") if c.source_id == "blog"}
    assert {k: v for k, v in listed.items() if k != "10 years"} == {"five years": "Zarina Abenova",
                                                                    "six years": "Ruslan Ospanov"}
    assert flagged(analysis, "number_conflict") == [["five years", "four years"]]


def test_every_term_after_at_first_instance_is_the_lower_courts(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "At first instance, the district court sentenced the former mayor, Ondrej Malik, to six years in prison, "
        "his deputy Hana Kubova to four years and Petr Sova to five years. The court of appeal cut Malik's term "
        "to five years on Monday.",
        "The appeals court on Monday gave Hana Kubova three and a half years.",
    )
    assert {c.value for c in quantities(analysis, "previous sentence")} == {"six years", "four years", "five years"}
    assert flagged(analysis, "number_conflict") == []


def test_a_stake_a_buyer_has_an_option_to_take_is_not_the_stake_it_buys(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Torvald Mining has agreed to buy a 40% stake in the Quillon copper mine for $900 million, the company said.",
        "Analysts were positive about the deal, and the option to move to a 51 per cent controlling stake once the "
        "expansion is approved gives Torvald Mining a path to running the mine. Torvald Mining is buying 40 per cent "
        "of Quillon.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert [c.value for c in quantities(analysis, "percent:stake option")] == ["51 per cent"]


def test_the_counts_a_defendant_was_found_guilty_on_are_not_the_counts_charged(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Lindenau on Friday found former treasurer Bruno Feltz guilty on nine of the 14 counts of fraud "
        "against him.",
        "The court convicted Bruno Feltz on nine counts of the 15-count indictment on Friday.",
    )
    assert flagged(analysis, "number_conflict") == [["14", "15"]]


def test_a_sum_told_by_the_act_it_is_of_is_that_act_and_a_sum_recovered_is_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A court in Lindenau on Friday found former treasurer Bruno Feltz guilty of diverting 4.2 million euros "
        "from the city's accounts. He was granted bail of 200,000 euros last year.",
        "Bruno Feltz was convicted on Friday over the diversion of 4.8 million euros from city accounts. "
        "Prosecutors say they have recovered 1.1 million euros of the money.",
    )
    assert flagged(analysis, "number_conflict") == [["4.2 million euros", "4.8 million euros"]]


def test_the_minute_a_player_was_sent_off_in_is_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Defender Daniel Okoro was sent off for a second yellow card in the 62nd minute, and the visitors held on.",
        "The hosts finished with ten men after Daniel Okoro's red card in the 68th minute.",
    )
    assert flagged(analysis, "number_conflict") == [["62nd minute", "68th minute"]]


def test_the_time_an_inquiry_is_given_to_report_is_compared_and_kept_from_other_deadlines(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The ministry set up a three-member inquiry into the collapse and gave it 15 days to report.",
        "The inquiry panel must submit its report within 30 days, the ministry said. The mine's operator has 60 days "
        "to appeal against the suspension of its licence.",
    )
    assert flagged(analysis, "number_conflict") == [["15 days", "30 days"]]


def test_a_capacity_certified_by_a_named_body_is_the_vessels_capacity(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The ferry, carrying about 200 people, sank off the island on Friday. It was licensed to carry 90 passengers.",
        "The ferry was certified by the Maritime Safety Authority to carry 110 passengers, records show.",
    )
    assert flagged(analysis, "number_conflict") == [["110", "90"]]


def test_a_sum_paid_to_each_bereaved_family_is_compared_apart_from_a_funeral_grant(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The government will pay 300,000 pesos to each bereaved family, and the town hall is giving 50,000 pesos to "
        "each family for funeral costs.",
        "Families of those killed will each get 250,000 pesos from the government. The town hall is paying 40,000 "
        "pesos to each family to help with burial costs.",
    )
    assert sorted(flagged(analysis, "number_conflict")) == [["250,000 pesos", "300,000 pesos"],
                                                            ["40,000 pesos", "50,000 pesos"]]


def test_the_shares_of_a_list_share_the_round_named_after_its_last(tmp_path):
    # "give A x% and B y% of the vote in the run-off": both shares are the run-off's; "after a first round in which
    # B took z%": that share is the first round's.
    analysis = analyse_pair(
        tmp_path,
        "Mirela Dragan will face Petru Iacob in a run-off for mayor of Valcea on March 23 after neither won a "
        "majority on Sunday. Dragan took 38.2% of the vote and Iacob 30.5%.",
        "Final figures give Mirela Dragan 52.7% and Petru Iacob 47.3% of the vote in Sunday's run-off, after a "
        "first round in which Iacob took 30.5%.",
    )
    run_off = {(c.value, c.subject.endswith("(run-off)")) for c in quantities(analysis, "vote share")}
    assert run_off == {("38.2%", False), ("30.5%", False), ("52.7%", True), ("47.3%", True)}
    assert kinds(analysis, "number_conflict") == []


def test_a_share_listed_after_a_surname_the_tagger_took_for_a_place_is_that_candidates(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Final figures give Dąbrowska 53.6% and Kamiński 46.4% of the vote in Sunday's run-off.",
        "Piotr Kamiński took 47.1% in the run-off, the election commission said.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("46.4%", "vote share of Kamiński (run-off)") in shares


def test_a_length_of_the_border_line_is_a_length_of_the_border(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The two countries agreed the line of another 52 kilometres of their border on Thursday.",
        "The protocol signed on Thursday describes 58 km of the border line, officials said.",
    )
    assert flagged(analysis, "number_conflict") == [["52 kilometres", "58 km"]]


def test_the_members_a_body_has_are_its_size(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The talks open on Monday. Each delegation will have 18 members, among them surveyors and lawyers.",
        "The talks opened on Monday. Each delegation numbered 26 people, including regional officials.",
    )
    assert flagged(analysis, "number_conflict") == [["18", "26"]]


def test_a_crowd_told_in_a_clause_about_the_first_leg_is_the_first_legs(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Rovers host the second leg on Sunday. They trail 2-1 after last Wednesday's first leg at the Estadio "
        "Norte in Salta, where about 21,000 fans saw the hosts score twice before the break.",
        "Rovers won the second leg 2-0 on Sunday in front of 30,000 fans. A crowd of 16,400 had watched the first "
        "leg at the Estadio Norte.",
    )
    assert flagged(analysis, "number_conflict") == [["16,400", "about 21,000"]]


def test_a_share_the_tagger_ran_into_a_name_is_not_part_of_the_name(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Final figures give Dąbrowska 53.6% and Jabłoński 46.4% of the vote in Sunday's run-off.",
        "Jabłoński took 46.9% in the run-off, the election commission said.",
    )
    shares = {(c.value, c.subject) for c in quantities(analysis, "vote share")}
    assert ("46.4%", "vote share of Jabłoński (run-off)") in shares


def test_seats_listed_after_a_partys_initials_and_left_out_after_with_are_each_partys(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Social Democratic Party of Norland (SDE) led the council election on Sunday. Seats on the 51-member "
        "council: Civic Alliance 19 (36.2%), SDE 12 (22.4%), NV-KD 7 (13.1%), Green Dawn 5 (9.8%).",
        "The provisional results of the council election leave the Civic Alliance as the largest group with 19 "
        "seats, ahead of the Social Democrats with 14.",
    )
    seats = {(c.source_id, c.value, c.qualifiers.get("holder")) for c in quantities(analysis, "seats")}
    assert {("first", "12", "SDE"), ("first", "7", "NV-KD"), ("second", "14", "Social Democrats")} <= seats
    assert ("first", "12", "Civic Alliance") not in seats
    # "the Social Democrats" are the party of the country named in full in the other report: their 14 seats are set
    # against its 12.
    assert flagged(analysis, "number_conflict") == [["12", "14"]]


def test_how_long_a_buyer_promises_to_keep_jobs_is_compared_and_other_years_are_not(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Brightwater Holdings has promised no compulsory redundancies at the Tarnow works for three years after the "
        "deal closes. The works has lost money in two of the past three years.",
        "Brightwater's chairman told the 900 workers at Tarnow that their jobs would be safe for five years. The "
        "group will spend 40 million euros over four years on the site.",
    )
    pledges = quantities(analysis, "job guarantee")
    assert sorted((c.source_id, c.value, c.norm) for c in pledges) == [("first", "three years", 3),
                                                                      ("second", "five years", 5)]
    assert ["five years", "three years"] in flagged(analysis, "number_conflict")


def test_a_referendums_answers_and_its_quorum_are_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "With nearly all polling stations counted in the referendum on the Vellmar bypass, No leads with 57.7 percent "
        "against 42.3 percent for Yes. Turnout is 33.1 percent, above the 25 percent quorum needed for a binding "
        "result.",
        "The certified figures of the referendum put the No vote at 57.4 percent and the Yes vote at 42.6 percent, "
        "on a turnout of 33.1 percent, enough to clear the 30 percent quorum set in the town statute. Nearly 58 "
        "percent of those who voted said no.",
    )
    shares = {(c.source_id, c.value, c.qualifiers["category"]) for c in quantities(analysis)
              if c.qualifiers["category"].startswith("percent:")}
    assert shares == {
        ("first", "57.7 percent", "percent:against"), ("first", "42.3 percent", "percent:in favour"),
        ("first", "25 percent", "percent:quorum"), ("second", "57.4 percent", "percent:against"),
        ("second", "42.6 percent", "percent:in favour"), ("second", "30 percent", "percent:quorum"),
        ("second", "Nearly 58 percent", "percent:against")}
    assert sorted(flagged(analysis, "number_conflict")) == [
        ["25 percent", "30 percent"], ["42.3 percent", "42.6 percent"], ["57.4 percent", "57.7 percent"]]


def test_sums_of_one_purpose_far_apart_in_size_are_each_compared_with_their_own_size(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The bypass would cost €185 million. The Yes campaign has spent €146,500 so far, according to interim "
        "reports filed with the electoral commission.",
        "The bypass, which would have cost €185 million, was rejected. Declarations filed with the commission show "
        "the Yes campaign spent "
        "about €110,000, most of it on billboards.",
    )
    costs = sorted(c.value for c in quantities(analysis) if c.qualifiers["category"] == "amount:cost")
    assert costs == ["about €110,000", "€146,500", "€185 million", "€185 million"]
    assert flagged(analysis, "number_conflict") == [["about €110,000", "€146,500"]]


def test_zlotys_written_out_are_a_currency(tmp_path):
    analysis = analyse_pair(tmp_path, "The court fined the former mayor 200,000 zlotys on Monday.",
                            "The former mayor was fined 250,000 złotys by the court on Monday.")
    fines = [c for c in quantities(analysis) if c.qualifiers.get("unit") == "PLN"]
    assert sorted(c.norm for c in fines) == [200000, 250000]
    assert flagged(analysis, "number_conflict") == [["200,000 zlotys", "250,000 złotys"]]


def test_a_sum_for_each_person_killed_is_paid_per_family(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The provincial chief minister announced Rs1 million in compensation for the family of each person killed "
        "in the avalanche, speaking on Sunday.",
        "The families are to receive the Rs1.5 million per person killed that the chief minister promised after the "
        "avalanche. Tickets for the relief concert cost Rs1,500 per person.",
    )
    per_family = sorted(c.value for c in quantities(analysis, "amount:compensation per family"))
    assert per_family == ["Rs1 million", "Rs1.5 million"]
    assert [c.value for c in quantities(analysis, "amount:per person")] == ["Rs1,500"]
    assert flagged(analysis, "number_conflict") == [["Rs1 million", "Rs1.5 million"]]


def test_players_who_drew_a_game_are_no_crowd(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The two had finished the nine rounds level; after the two playoff games were shared, the champion drew the "
        "deciding game with Black, which was enough to give him the title and the 20,000 euro first prize.",
        "The final drew 31,000 people to the stadium on Sunday.",
    )
    assert [c.value for c in quantities(analysis, "attendance")] == ["31,000"]


@pytest.mark.parametrize(("first", "second", "times", "conflicts"), [
    ("Kertu Lepik won the hill race on Sunday by 12 seconds. The jury had docked Oddvar Kjelsberg 20 seconds "
     "for a missed checkpoint.",
     "On Sunday, Kertu Lepik finished 17 seconds ahead of the Czech runner. Oddvar Kjelsberg had been docked 10 "
     "seconds, the organisers said. Kjelsberg goes into the last race 40 seconds ahead of his team-mate.",
     {("first", "winning margin", "12 seconds", "Kertu Lepik"),
      ("first", "time penalty", "20 seconds", "Oddvar Kjelsberg"),
      ("second", "winning margin", "17 seconds", "Kertu Lepik"),
      ("second", "time penalty", "10 seconds", "Oddvar Kjelsberg")},
     [["10 seconds", "20 seconds"], ["12 seconds", "17 seconds"]]),
    # The driver, described, beat the man named after the verb: the margin is the winner's, named before; a
    # penalty written as one word with its unit.
    ("Kertu Lepik wins the Kelvo Rally by 27.4 seconds from Oddvar Kjelsberg. Kjelsberg was handed a 10-second "
     "penalty on Friday.",
     "Kertu Lepik's second Kelvo win was her cleverest. The Orvel Motorsport driver beat Oddvar Kjelsberg by "
     "24.7 seconds. Kjelsberg never made up for the 20-second penalty he was handed on Saturday.",
     {("first", "winning margin", "27.4 seconds", "Kertu Lepik"), ("first", "time penalty", "10-second", "Kjelsberg"),
      ("second", "winning margin", "24.7 seconds", "Kertu Lepik"),
      ("second", "time penalty", "20-second", "Kjelsberg")},
     [["10-second", "20-second"], ["24.7 seconds", "27.4 seconds"]]),
])
def test_a_race_winners_margin_in_time_and_a_time_penalty_are_compared(tmp_path, first, second, times, conflicts):
    analysis = analyse_pair(tmp_path, first, second)
    found = {(c.source_id, c.qualifiers["category"], c.value, c.qualifiers["holder"]) for c in quantities(analysis)
             if c.qualifiers["unit"] == "seconds"}
    assert found == times
    assert sorted(flagged(analysis, "number_conflict")) == conflicts


def test_a_finishing_time_on_the_clock_is_the_winners_and_compared(tmp_path):
    # the dateline's town is no subject of "won"
    analysis = analyse_pair(
        tmp_path,
        "VILJANDI, Estonia, March 9 (Coast Wire) - Norway's Edvin Laske won the Viljandi City Marathon on Sunday "
        "in 2:09:51, ahead of Oddvar Kjelsberg.",
        "Edvin Laske's winning time of 2:10:05 looked fast for a warm course. Oddvar Kjelsberg, second, crossed "
        "the line in a time of 2:11:40.",
    )
    times = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "finishing time")}
    assert times == {("2:09:51", "Edvin Laske"), ("2:10:05", "Edvin Laske"), ("2:11:40", "Oddvar Kjelsberg")}
    assert flagged(analysis, "number_conflict") == [["2:09:51", "2:10:05"]]


def test_a_swimmer_s_time_in_minutes_and_hundredths_is_a_finishing_time(tmp_path):
    # No hours, but hundredths.
    analysis = analyse_pair(
        tmp_path,
        "Kertu Lepik won the women's 200 metres backstroke on Tuesday in a meet record of 2:14.62.",
        "Kertu Lepik won the 200 metres backstroke title in 2:14.26, her best time this year.",
    )
    # (the race named before the time keeps one swimmer's races apart)
    times = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "finishing time 200 m")}
    assert times == {("2:14.62", "Kertu Lepik"), ("2:14.26", "Kertu Lepik")}
    assert flagged(analysis, "number_conflict") == [["2:14.26", "2:14.62"]]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # a race's length, told with the towns it runs between
    ("The shortened stage will cover 187 kilometres from Rakvere to Viljandi.",
     "The stage was 191 km long after the detour, the organisers said.", ["187 kilometres", "191 km"]),
    # how far a bus fell, hedged in the metres it was written in
    ("The coach plunged about 150 metres into a ravine, police said.",
     "The coach fell 250 metres into the valley near Viljandi.", ["250 metres", "about 150 metres"]),
])
def test_a_length_a_race_covers_and_a_fall_are_compared(tmp_path, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert flagged(analysis, "number_conflict") == [expected]


@pytest.mark.parametrize(("first", "second", "category", "expected"), [
    # a crowd that packed a ground, against one a match drew
    ("More than 60,000 people packed the stadium for the final on Sunday.",
     "The final on Sunday drew 41,000 spectators, the organisers said.", "attendance", ["41,000", "More than 60,000"]),
    # spectators treated by medical teams are the injured, not a crowd
    ("Medical teams treated 14 spectators for heat exhaustion during the day, the Red Cross said.",
     "Nine spectators were treated for heat exhaustion, the Red Cross said.", "injured", ["14", "Nine"]),
])
def test_a_crowd_that_packed_a_ground_and_spectators_treated(tmp_path, first, second, category, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert sorted(c.value for c in quantities(analysis, category)) == expected
    assert expected in [sorted(f) for f in flagged(analysis, "number_conflict")]


def test_a_number_of_the_verbs_object_does_not_count_its_subject(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Police separated the two groups outside the count centre and no one was hurt. Police arrested 12 people.",
        "Police arrested 12 people after the count on Monday.",
    )
    assert [c.value for c in quantities(analysis, "police")] == []
    assert sorted(c.value for c in quantities(analysis, "arrested")) == ["12", "12"]


def test_a_things_length_told_by_long_run_or_of_is_compared(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The planned gas pipeline will run 1,080 kilometres, from the fields of the north to the coast. The draft "
        "provides for a pipeline of some 1,100 kilometres from the fields to the coast. The town lies 40 km from the "
        "capital.",
        "The agreed pipeline is 860 kilometres long, the ministry said.",
    )
    lengths = sorted(c.value for c in quantities(analysis, "length:pipeline"))
    assert lengths == ["1,080 kilometres", "860 kilometres", "some 1,100 kilometres"]
    assert flagged(analysis, "number_conflict") == [["1,080 kilometres", "860 kilometres"]]


def test_a_country_s_pound_by_its_adjective_its_code_or_the_country_a_report_is_from(tmp_path):
    # "Lebanese pounds", "LBP" and bare "pounds" in a report from Lebanon are one currency, not sterling.
    analysis = analyse_pair(
        tmp_path,
        "TRIPOLI, Lebanon - The social affairs ministry will pay 200 million Lebanese pounds in compensation to each "
        "family whose home was destroyed in the fire in Tripoli, and tenants 20 million pounds.",
        "TRIPOLI, Lebanon - Each family whose home was destroyed in the Tripoli fire will receive LBP 250 million in "
        "compensation from the social affairs ministry.",
    )
    units = {c.value: c.qualifiers.get("unit") for c in quantities(analysis) if c.qualifiers.get("unit")}
    assert units == {"200 million Lebanese pounds": "LBP", "20 million pounds": "LBP", "LBP 250 million": "LBP"}
    assert ["200 million Lebanese pounds", "LBP 250 million"] in flagged(analysis, "number_conflict")


def test_pounds_in_a_report_from_britain_are_sterling(tmp_path):
    analysis = analyse_pair(tmp_path, "LEEDS, England - The council fined the landlord 20,000 pounds on Monday.",
                            "LEEDS - The landlord was fined £25,000 by Leeds council on Monday.")
    assert {c.qualifiers.get("unit") for c in quantities(analysis) if c.qualifiers.get("unit")} == {"GBP"}
    assert flagged(analysis, "number_conflict") == [["20,000 pounds", "£25,000"]]


@pytest.mark.parametrize(("first", "second", "code"), [
    # "Sh" and "K" before a sum are the shilling and the kwacha of the country a report is from.
    ("KAMPALA, Uganda - The ministry will pay Sh45 million to each family of the dead, the minister said.",
     "KAMPALA - Each bereaved family will receive USh 40 million from the ministry.", "UGX"),
    ("LILONGWE, Malawi - The audit put the loss to the treasury at K920 million, the court heard on Monday.",
     "LILONGWE - The loss to the treasury was MWK 870 million, a state auditor told the court on Monday.", "MWK"),
    # A report that names no country: its pesos are the one peso the story's other report gives.
    ("The fine was set at 3.5 billion pesos, the judge said.",
     "CALI, Colombia - The judge set the fine at COP 5.3 billion on Tuesday.", "COP"),
    # "Crowns" is what English calls the krone: the one the story's other report gives.
    ("Kelvo Fisk agreed to buy its rival Orvel Marin for 2.1 billion crowns, it said on Monday.",
     "Kelvo Fisk agreed its NOK 2.5 billion purchase of Orvel Marin last week.", "NOK"),
])
def test_a_currency_named_as_several_countries_are_is_the_report_s_own(tmp_path, first, second, code):
    analysis = analyse_pair(tmp_path, first, second)
    sums = [c for c in quantities(analysis) if c.qualifiers.get("unit") not in (None, "count")]
    assert len(sums) == 2
    assert len(flagged(analysis, "number_conflict")) == 1
    # (the claims carry the settled currency, so that every later step, and the exports, read it alike)
    assert {c.qualifiers["unit"] for c in sums} == {code}


def test_the_costs_of_a_project_are_its_cost(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The plan puts the rail link's construction costs at €900 million.",
        "The rail link is expected to cost €1.3 billion, the ministry said.",
    )
    assert flagged(analysis, "number_conflict") == [["€1.3 billion", "€900 million"]]


def test_a_price_after_a_body_named_with_its_legal_form_is_the_price_of_the_purchase(tmp_path):
    # "AS", the legal form of a Norwegian company, can be read as the preposition, and "for" hung on it
    analysis = analyse_pair(
        tmp_path,
        "Kelvo Fisk ASA will buy its smaller rival Orvel Marin AS for 2.1 billion crowns, the companies said.",
        "Kelvo Fisk agreed its NOK 2.5 billion purchase of Orvel Marin last week.",
    )
    assert {c.qualifiers["category"] for c in quantities(analysis) if c.qualifiers.get("unit") == "NOK"} == {
        "amount:deal"}
    assert flagged(analysis, "number_conflict") == [["2.1 billion crowns", "NOK 2.5 billion"]]


def test_a_workforce_told_with_what_a_company_is_and_the_estates_it_works(tmp_path):
    # "with about 4,000 workers on its nine farms": the workers are the company's workforce, the farms are farms.
    analysis = analyse_pair(
        tmp_path,
        "Ngoro Dairies is the largest employer in the district, with about 4,000 workers on its nine farms.",
        "Ngoro Dairies employs some 5,200 people on its 12 farms in the district, the company said.")
    counted = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert counted["about 4,000"] == counted["some 5,200"] == "workforce"
    assert counted["nine"] == counted["12"] != "workforce"
    assert sorted(sorted(f) for f in flagged(analysis, "number_conflict")) == [["12", "nine"], ["about 4,000", "some 5,200"]]


@pytest.mark.parametrize("second", [
    # "94" alone, which the tagger takes for a date
    "The bus left the road near the pass on Sunday, killing at least 9 people and injuring 94, the district police "
    "said.",
    "A total of 94 people were injured when the bus left the road near the pass on Sunday.",
    "Nine people died when the bus left the road near the pass on Sunday. In all 94 people were injured.",
])
def test_the_injured_counted_by_a_bare_number_a_total_or_in_all(tmp_path, second):
    analysis = analyse_pair(tmp_path, "Nine people were killed and 86 injured when a bus left the road near the "
                                      "pass on Sunday, the district police said.", second)
    injured = sorted(c.value for c in quantities(analysis) if c.qualifiers["category"] == "injured")
    assert injured == ["86", "94"]
    assert ["86", "94"] in flagged(analysis, "number_conflict")


def test_a_term_sought_for_a_person_named_with_initials_or_after_what_they_are(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors asked the Velden District Court on Tuesday to sentence T. Oyunbileg, the former head of the "
        "permits office, to 12 years in prison. They asked for six years for the contractor Bataa Ganzorig, "
        "whose firm holds the permits.",
        "The prosecution had sought 11 years for Oyunbileg and four years for Ganzorig.",
    )
    sought = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "sought sentence")}
    assert sought == {"12 years": "T. Oyunbileg", "six years": "Bataa Ganzorig", "11 years": "Oyunbileg",
                      "four years": "Ganzorig"}
    assert sorted(sorted(f) for f in flagged(analysis, "number_conflict")) == [["11 years", "12 years"],
                                                                               ["four years", "six years"]]


def test_tugriks_are_a_currency(tmp_path):
    analysis = analyse_pair(tmp_path, "The court fined the former official 20 million tugriks on Monday.",
                            "The former official was also fined 25 million tugriks by the court on Monday.")
    assert {c.qualifiers.get("unit") for c in quantities(analysis)} == {"MNT"}
    assert flagged(analysis, "number_conflict") == [["20 million tugriks", "25 million tugriks"]]


@pytest.mark.parametrize(("first", "second", "flagged_too"), [
    # conversions of two different bribes: flagged beside the bribes themselves
    ("The official took a bribe of 1.2 billion tugriks (about $350,000), prosecutors said.",
     "The official took a bribe of 1.4 billion tugriks ($410,000), the court found.", True),
    # one bribe converted at the rates of two days: not flagged
    ("The official took a bribe of 1.2 billion tugriks (about $350,000), prosecutors said.",
     "The official took a bribe of 1.2 billion tugriks ($340,000), the court found.", False),
])
def test_conversions_of_one_sum_differ_only_by_more_than_the_rates_of_two_days(tmp_path, first, second, flagged_too):
    analysis = analyse_pair(tmp_path, first, second)
    dollars = [f for f in kinds(analysis, "number_conflict") if any("$" in c.value for c in f.claims)]
    assert bool(dollars) is flagged_too
    if dollars:
        assert "exchange rates" in dollars[0].explanation


def test_a_conversion_after_or_is_the_same_sum_and_for_what_the_sum_it_converts_is_for(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Sabiki Towers agreed to pay GH₵3.2 billion, or about $267 million, for 1,900 towers owned by the operator.",
        "The regulator approved Sabiki Towers' GHS3.2bn ($291m) purchase of the operator's towers on Friday.",
    )
    dollars = {c.value: (c.qualifiers["category"], c.qualifiers.get("conversion")) for c in quantities(analysis)
               if c.qualifiers.get("unit") == "USD"}
    assert dollars == {"about $267 million": ("amount:deal", "yes"), "$291m": ("amount:deal", "yes")}
    assert flagged(analysis, "number_conflict") == [["$291m", "about $267 million"]]


@pytest.mark.parametrize("second", [
    "Under the deal, 260 Marwa Telecom staff will transfer to the buyer.",
    "About 260 Marwa Telecom employees are due to move to the new company.",
])
def test_staff_who_transfer_to_the_buyer_are_counted(tmp_path, second):
    analysis = analyse_pair(tmp_path, "About 200 Marwa Telecom employees who maintain the masts will transfer to "
                                      "the new company on their current terms.", second)
    moving = {c.value for c in quantities(analysis) if c.qualifiers["category"] == "staff transferred"}
    assert moving == {"About 200", second.split(" Marwa")[0].split("deal, ")[-1]}
    assert len(flagged(analysis, "number_conflict")) == 1


def test_things_returned_after_a_recall_are_not_the_things_recalled(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kettlewell Appliances is recalling about 36,000 Brewmaster kettles because a faulty switch can overheat.",
        "About 14,000 Brewmaster kettles have been returned to retailers since Kettlewell Appliances announced a "
        "recall of the product, the regulator said.",
    )
    assert flagged(analysis, "number_conflict") == []
    assert {c.qualifiers["category"] for c in quantities(analysis)} >= {"of:kettle", "of:kettle return"}


def test_the_most_a_rule_allows_is_the_limit_itself(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Under the electoral code, candidates for mayor may spend up to €90,000 on their campaigns.",
        "Under the law a candidate for mayor may spend no more than €75,000. The mayor's campaign declared "
        "spending of €71,300.",
    )
    limits = {c.value: c.qualifiers["approx"] for c in quantities(analysis, "amount:limit")}
    assert limits == {"up to €90,000": "exact", "no more than €75,000": "exact"}
    assert flagged(analysis, "number_conflict") == [["no more than €75,000", "up to €90,000"]]


def test_a_share_won_by_a_candidate_described_before_the_relative_clause(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Marta Kollárová, a paediatrician, took 31.4 percent in the first round of the governor election.",
        "In the run-off the governor will face Marta Kollárová, head of the paediatric ward at the regional hospital, "
        "who won 30.2 percent in the first round of the election.",
    )
    shares = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "vote share")}
    assert shares == {"31.4 percent": "Marta Kollárová", "30.2 percent": "Marta Kollárová"}
    assert flagged(analysis, "number_conflict") == [["30.2 percent", "31.4 percent"]]


def test_workers_ordered_detained_are_counted_as_detained(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The prosecutor ordered three depot workers - the driver, a signalman and the yard master - to be detained "
        "for four days pending investigation.",
        "Prosecutors on Monday extended the detention of five depot workers, among them the driver.",
    )
    held = sorted(c.value for c in quantities(analysis, "arrested"))
    assert held == ["five", "three"]
    assert flagged(analysis, "number_conflict") == [["five", "three"]]


def test_days_given_to_a_committee_to_report(tmp_path):
    analysis = analyse_pair(tmp_path, "The minister formed a committee of engineers, which has been given seven days "
                                      "to report.",
                            "The minister has given a technical committee 10 days to report.")
    assert sorted(c.value for c in quantities(analysis, "deadline to report")) == ["10 days", "seven days"]
    assert flagged(analysis, "number_conflict") == [["10 days", "seven days"]]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # The children among the dead, told three ways, are a count of their own, not another toll.
    ("Thirty people died when the roof fell in, eleven of them children, the governor said on Monday.",
     "Nine children are among the dead, the health office said.", ["Nine", "eleven"]),
    ("The toll rose to 31 on Monday, twelve of them children, officials said.",
     "Thirty-one people died, eleven of them children, and 140 were injured.", ["eleven", "twelve"]),
    # A mourning declared, in days.
    ("The governor declared three days of regional mourning from Tuesday.",
     "The five days of regional mourning the governor declared will end on Sunday.", ["five days", "three days"]),
    # Those arrested and those in custody.
    ("Police arrested three officials of the club on Tuesday, among them its treasurer.",
     "Five people are now in custody, among them the club's treasurer, the police said.", ["Five", "three"]),
    # People housed in shelters, told after the injured: the displaced, not more injured.
    ("Sixty people were injured, and 4,700 are sleeping in schools and halls that have been turned into shelters.",
     "More than a hundred were injured, and nearly 8,000 people remain in shelters.", ["4,700", "nearly 8,000"]),
    # The injured still in hospital, told after the toll in one sentence; bodies taken home are not the toll.
    ("The fire has now killed 21 people, and more than 30 are still in hospital. By nightfall the bodies of four "
     "young men had been driven home to their village.",
     "Twenty-one workers died in the fire and 17 are in hospital, officials said.", ["17", "more than 30"]),
    # A term received by someone named beside a description of them is a prison term.
    ("The Marstadt district court jailed the former director of Arvel Logistics on Thursday. His former "
     "subordinate, senior engineer Edvin Laske, received five years and four months.",
     "Edvin Laske, a former engineer at Arvel Logistics, was sentenced to six years and four months in prison.",
     ["five years and four months", "six years and four months"]),
    # A grant and aid from one lender are one sum.
    ("The Kelvo Development Bank has approved a $2.5 million emergency grant for the flood victims.",
     "The Kelvo Development Bank approved US$1.5 million in emergency aid for the flood victims.",
     ["$2.5 million", "US$1.5 million"]),
    # A condition that bars lay-offs for months is the time jobs are kept.
    ("Under the regulator's conditions, the buyer may not lay off permanent staff for 24 months.",
     "The buyer may not make any permanent worker redundant for 18 months after completion.",
     ["18 months", "24 months"]),
])
def test_parts_of_a_toll_mourning_custody_terms_aid_and_jobs_kept(tmp_path, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert expected in [sorted(f) for f in flagged(analysis, "number_conflict")]
    tolls = {c.value for c in quantities(analysis, "dead")}
    assert not tolls & {"eleven", "twelve", "Nine", "four", "more than 30"}  # a part of the dead is no toll


def test_a_sum_each_family_receives_and_one_each_the_families_are_promised_with_its_conversion(tmp_path):
    analysis = analyse_pair(
        tmp_path, "The council announced that each bereaved family would receive US$2,000.",
        "The council has promised the families of the dead 3.5 million Congolese francs each, about US$1,300.")
    sums = {c.value: c.qualifiers for c in quantities(analysis)}
    assert {v: q["category"] for v, q in sums.items()} == {
        "US$2,000": "amount:compensation per family", "3.5 million Congolese francs": "amount:compensation per family",
        "about US$1,300": "amount:compensation per family"}
    assert sums["3.5 million Congolese francs"]["unit"] == "CDF"
    assert sums["about US$1,300"].get("conversion") and not sums["US$2,000"].get("conversion")


def test_seats_listed_after_the_parties_names_and_a_lead_told_after_the_result(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "In the race for the 41-seat city council, the Union for Progress won 19 seats, two short of a majority. "
        "The Farmers' League won 12, the Citizens' Alliance 7 and the Green Party 3. "
        "In the mayoral election, the preliminary result with all precincts counted: Janez Novak 53.2%, Marko "
        "Kranjc 46.8%. That is a lead of 3,150 votes.",
        "The electoral board has confirmed the allocation of the 41 seats on the city council: Union for Progress "
        "19, Farmers' League 11, Citizens' Alliance 8, Green Party 3. Janez Novak won the mayoral election with 53.2% "
        "of the vote against 46.8% for Marko Kranjc, a margin of 3,510 votes.",
    )
    seats = {(c.qualifiers["holder"], c.value) for c in quantities(analysis, "seats")}
    assert {("Farmers' League", "12"), ("Farmers' League", "11")} <= seats
    conflicts = [sorted(f) for f in flagged(analysis, "number_conflict")]
    assert ["11", "12"] in conflicts and ["7", "8"] in conflicts
    assert ["3,150", "3,510"] in conflicts
    assert not any("19" in f or "3" in f or "53.2%" in f for f in conflicts)  # the figures both give alike


def test_a_share_taken_by_a_name_the_tagger_missed_with_a_clause_about_a_body():
    # The share is the candidate's, not the council's the clause about her names. The tagger tags the name in this
    # short text, so its miss (as in a long report) is made by hand: the rule is for names it leaves out.
    import datetime as dt

    from reconcile.extract.context import DocContext
    from reconcile.extract.holders import who_holds
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = ("Kobakhidze, who chaired the city council until last year, took 24.8% in the mayoral election, a result "
            "her campaign called its best.")
    ctx = DocContext(Source(id="a", text=text, published=dt.datetime(2027, 10, 9)), load_model()(text))
    ctx.ents = [e for e in ctx.ents if e.text != "Kobakhidze"]
    figure = next(t for t in ctx.doc if t.text == "24.8")
    assert who_holds(ctx, [figure], figure.sent) == "Kobakhidze"

def test_two_ceilings_of_one_sum_differ_and_a_ceiling_agrees_with_a_sum_under_it(tmp_path):
    analysis = analyse_pair(tmp_path, "The regional development bank has offered up to US$600 million for the bridge.",
                            "The regional development bank has offered up to US$450 million for the bridge.")
    assert [sorted(f) for f in flagged(analysis, "number_conflict")] == [["up to US$450 million",
                                                                          "up to US$600 million"]]
    analysis = analyse_pair(tmp_path / "b", "The regional development bank has offered up to US$600 million.",
                            "The regional development bank has offered about US$450 million.")
    assert flagged(analysis, "number_conflict") == []


def test_a_capacity_told_up_to_a_figure_is_that_figure(tmp_path):
    # "up to 900 megawatts" is what the line can carry: a line of 750 megawatts is another line. (A sum offered "up
    # to" a ceiling still agrees with a smaller sum: the test above.)
    analysis = analyse_pair(tmp_path, "The new power line from Tartu to Narva will carry up to 900 megawatts.",
                            "The power line from Tartu to Narva will have a capacity of 750 megawatts.")
    flags = kinds(analysis, "number_conflict")
    assert [sorted(c.value for c in f.claims) for f in flags] == [["750", "up to 900"]]
    assert "a capacity, the most it may be" in flags[0].explanation


def test_the_kilometres_of_a_thing_are_its_length_and_the_last_kilometres_a_part(tmp_path):
    analysis = analyse_pair(tmp_path, "The 9.4 kilometres of tunnel are expected to cost US$600 million.",
                            "The planned 8.6 km tunnel would be the longest in the country.")
    assert [sorted(f) for f in flagged(analysis, "number_conflict")] == [["8.6 km", "9.4 kilometres"]]
    analysis = analyse_pair(tmp_path / "b", "The treaty fixes the last 48 kilometres of undefined frontier.",
                            "The 260 km frontier was mapped in the 1990s.")
    assert flagged(analysis, "number_conflict") == []


def test_saves_are_the_goalkeeper_s_who_made_them(tmp_path):
    analysis = analyse_pair(
        tmp_path, "Lukas Berger made 31 saves in Game 2. The home goaltender made 40 saves in the opening game.",
        "Berger finished with 33 saves in Game 2, and Mikko Rantala made 40 saves at the other end.")
    saves = {c.value: c.qualifiers.get("holder") for c in quantities(analysis, "saves")}
    assert saves == {"31": "Lukas Berger", "33": "Berger", "40": "Mikko Rantala"}
    assert [sorted(f) for f in flagged(analysis, "number_conflict")] == [["31", "33"]]


@pytest.mark.parametrize(("first", "expected"), [
    # a name set beside the "of" phrase of the subject, and a term in years' with its apostrophe
    ("The former director of the State Grain Reserve Agency, Tobias Mwale, was sentenced yesterday to six years' "
     "imprisonment with hard labour.", "Tobias Mwale"),
    # "who" after the name's apposition, hung by the parser on the body's name
    ("Ezra Chanda was convicted together with Tobias Mwale, the former director of the SGRA, who was jailed for "
     "six years.", "Tobias Mwale"),
    # "him" after a court's verb: the one person named before, not the judge who sentences
    ("Tobias Mwale was found guilty of abuse of office. Magistrate Ruth Banda read the verdict and sentenced him to "
     "six years in prison.", "Tobias Mwale"),
    # "him" after a verb joined to one that convicted a named person: that person, though another is named before
    ("Ezra Chanda, the former director of the SGRA, was sentenced to four years. The court also convicted "
     "contractor Tobias Mwale, the owner of Kelvo Works, of fraud and sentenced him to six years.", "Tobias Mwale"),
])
def test_whose_prison_term_when_the_name_is_beside_a_title_or_told_by_a_pronoun(tmp_path, first, expected):
    analysis = analyse_pair(tmp_path, first, "Tobias Mwale was jailed for five years and Ezra Chanda for three.")
    assert [c.qualifiers.get("holder") for c in quantities(analysis, "sentence") if c.value == "six years"] \
        == [expected]
    assert ["five years", "six years"] in [sorted(f) for f in flagged(analysis, "number_conflict")]


def test_the_counts_proven_against_each_of_two_defendants_are_compared_person_by_person(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The judge convicted Sahr Kanneh on nine of the 14 counts he faced. His co-accused, the contractor Alusine "
        "Jalloh, was found guilty on six counts.",
        "Justice Isatu Mansaray passed sentence a week after convicting Kanneh on 9 counts and Jalloh on 6 of the "
        "14 counts.",
    )
    # "and Jalloh on 6": six counts proven against Jalloh, not six counts charged; each man's counts agree.
    assert flagged(analysis, "number_conflict") == []
    analysis = analyse_pair(
        tmp_path,
        "The judge convicted Sahr Kanneh on nine of the 14 counts he faced. His co-accused, the contractor Alusine "
        "Jalloh, was found guilty on six counts.",
        "Justice Isatu Mansaray passed sentence a week after convicting Kanneh on 11 counts and Jalloh on 6 of the "
        "14 counts.",
    )
    assert flagged(analysis, "number_conflict") == [["11", "nine"]]


def test_a_quake_s_magnitude_is_compared_and_neither_an_aftershock_s_nor_a_building_s_height_is_a_toll(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The magnitude 5.9 earthquake that struck near Gramsh has killed 17 people. Most of the deaths were in a "
        "single four-storey block. The aftershocks have not stopped. The strongest, of magnitude 4.8, struck on "
        "Sunday.",
        "The seismological institute measured the quake at magnitude 6.1. It killed 17 people, most of them in a "
        "five-storey block, and was followed by dozens of aftershocks, none stronger than magnitude 4.",
    )
    assert sorted(sorted(f) for f in flagged(analysis, "number_conflict")) == [["5.9", "6.1"], ["five", "four"]]


def test_a_quake_s_magnitude_told_by_what_it_measured(tmp_path):
    # the sentence speaks of aftershocks too, but what it says measured 5.6 is the quake
    analysis = analyse_pair(
        tmp_path,
        "The tremor near Rakvere was of magnitude 6.0, according to the seismology service.",
        "The quake measured 5.6, the seismology service said, adding that aftershocks were likely for weeks.",
    )
    assert flagged(analysis, "number_conflict") == [["5.6", "6.0"]]


def test_the_homeless_counted_by_what_their_number_reached_and_the_rescued_brought_out_alive(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 1,400 people have been left homeless, the municipality said. Rescue teams pulled 23 people alive "
        "from the ruins of the block.",
        "The number of people forced out of their homes in the town and the surrounding villages has now reached "
        "2,100. The search was called off after teams had brought 27 people out alive.",
    )
    assert sorted(sorted(f) for f in flagged(analysis, "number_conflict")) == [["2,100", "About 1,400"],
                                                                                ["23", "27"]]


def test_a_term_of_years_and_a_half_is_read_whole(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former port director Halvard Quenby was sentenced on Tuesday to six and a half years in prison.",
        "A court sentenced Halvard Quenby to six years in prison for fraud.",
    )
    assert sorted(c.norm for c in quantities(analysis, "sentence")) == [72, 78]
    assert flagged(analysis, "number_conflict") == [["six and a half years", "six years"]]


def test_dollar_signs_of_other_dollars_and_gulf_letters_are_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Brenmoor Foods will build the J$450 million plant at Dunrath. Its partner paid RO2.1 million for the land.",
        "Brenmoor Foods said the J$540 million plant at Dunrath would open next year.",
    )
    assert sorted(c.qualifiers["unit"] for c in quantities(analysis)) == ["JMD", "JMD", "RIAL"]
    assert flagged(analysis, "number_conflict") == [["J$450 million", "J$540 million"]]


def test_a_sum_before_a_built_thing_is_its_cost_whatever_else_the_sentence_pays_for(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Brenmoor Foods will build a $32.5 million export abattoir next to the port of Dunrath.",
        "Brenmoor Foods signed a $10 million loan with a regional bank on Monday to help finance its $23.5 million "
        "abattoir in Dunrath.",
    )
    assert flagged(analysis, "number_conflict") == [["$23.5 million", "$32.5 million"]]


def test_counts_hung_on_the_verb_of_conviction_are_counts_proven(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Justice Orrin Kelso convicted Halvard Quenby, the former chief engineer at the Ministry of Works, on nine "
        "counts.",
        "Justice Orrin Kelso found Halvard Quenby guilty on seven of the 11 counts he faced.",
    )
    assert sorted(c.value for c in quantities(analysis, "charges proven")) == ["nine", "seven"]
    assert flagged(analysis, "number_conflict") == [["nine", "seven"]]


def test_a_sum_paid_to_a_contractor_under_a_contract_is_a_payment_not_the_contract_s_price(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors said Korvel Build was paid €4.7 million under a €11.2 million contract for the bridge.",
        "Korvel Build won the €11.2 million contract in 2024. Payment certificates signed by the engineer released "
        "€7.4 million for piling and steel that never arrived.",
    )
    assert sorted(c.qualifiers["category"] for c in quantities(analysis)) == [
        "amount:deal", "amount:deal", "amount:payment", "amount:payment"]
    assert flagged(analysis, "number_conflict") == [["€4.7 million", "€7.4 million"]]


def test_people_taken_to_hospital_are_injured_and_people_who_had_to_leave_their_homes_displaced(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Nineteen people were taken to hospital in Dunrath, the ministry said. About 1,800 have had to leave their "
        "homes.",
        "Thirty-one people were injured in Dunrath. Some 2,400 people fled their homes.",
    )
    assert sorted(sorted(f) for f in flagged(analysis, "number_conflict")) == [["About 1,800", "Some 2,400"],
                                                                                ["Nineteen", "Thirty-one"]]


def test_a_share_told_before_the_run_off_ahead_and_turnout_after_those_going_through_are_the_first_round_s(
        tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Former senator Lissane Orrin won the first round of the presidential election with 38.4% of the vote and "
        "will face Tomas Kelso in a run-off on January 18, according to preliminary results. Turnout was 24.6%.",
        "The electoral council on Friday published final first-round results, confirming Lissane Orrin (38.4%) and "
        "Tomas Kelso in the presidential run-off, now set for February 1. Turnout was 22.6%.",
    )
    assert {(c.value, c.subject) for c in quantities(analysis, "turnout")} == {("24.6%", "turnout"),
                                                                                ("22.6%", "turnout")}
    assert ("38.4%", "vote share of Lissane Orrin") in {(c.value, c.subject) for c in quantities(analysis)}
    assert flagged(analysis, "number_conflict") == [["22.6%", "24.6%"]]


def test_a_report_of_the_first_round_whose_run_off_is_paired_and_put_off_gives_the_first_round_s_figures(tmp_path):
    # "the pairing for the run-off" is what the round ahead will be, and a run-off "postponed" has not been held:
    # the shares and the turnout the report gives are the first round's, and agree with the other report's
    analysis = analyse_pair(
        tmp_path,
        "Iveta Lupescu came first in the mayoral election in Marstadt on Sunday with 41.2 percent and will face "
        "Edvin Laske in a run-off. Turnout was 36.8 percent.",
        "The election commission in Marstadt has published the official results of the first round, after a "
        "recount that left the pairing for the run-off unchanged. The second round has been postponed by a week. "
        "According to the official results, Iveta Lupescu won 41.2 per cent. Turnout was 38.6 per cent.",
    )
    assert ("41.2 per cent", "vote share of Iveta Lupescu") in {(c.value, c.subject) for c in quantities(analysis)}
    assert flagged(analysis, "number_conflict") == [["36.8 percent", "38.6 per cent"]]


def test_votes_behind_a_rival_are_the_rival_s_margin_whatever_office_is_told_first(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske finished third with 23.7 percent, 83 votes behind Senator Kertu Lepik, who goes into the "
        "run-off.",
        "A recount narrowed Kertu Lepik's lead over Edvin Laske to 61 votes.",
    )
    margins = {(c.value, c.subject) for c in quantities(analysis, "vote margin")}
    assert margins == {("83", "winning margin of Kertu Lepik"), ("61", "winning margin of Kertu Lepik")}
    assert flagged(analysis, "number_conflict") == [["61", "83"]]


def test_a_sum_in_millions_agrees_with_a_finer_figure_that_rounds_to_it_and_no_other(tmp_path):
    def conflicts(first: str, second: str, folder: str):
        (tmp_path / folder).mkdir()
        return flagged(analyse_pair(tmp_path / folder, f"Brenmoor Foods agreed to buy Dunrath Mills for {first}.",
                                    f"Brenmoor Foods will pay {second} for Dunrath Mills, the companies said."),
                       "number_conflict")

    assert conflicts("€4.7 million", "€4.68 million", "a") == []
    assert conflicts("$1.2 billion", "$1.25 billion", "b") == [["$1.2 billion", "$1.25 billion"]]


@pytest.mark.parametrize(("spoken", "conflict"), [
    ("three thousand four hundred", False),  # rounded to the hundred, as a speaker does
    ("three thousand nine hundred", True),
])
def test_a_figure_of_thousands_told_in_words_agrees_with_a_finer_figure_that_rounds_to_it(tmp_path, spoken,
                                                                                           conflict):
    analysis = analyse_pair(tmp_path, "Kelvo Textiles employs 3,408 people at its two mills in Tartu.",
                            f"Kelvo Textiles employs {spoken} people at its mills in Tartu, most of them women.")
    assert bool(flagged(analysis, "number_conflict")) == conflict


def test_a_sum_of_one_and_a_half_million_in_humanitarian_funding_is_aid_and_the_badly_hurt_are_counted(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The European Union said it would release €1.5 million in humanitarian aid. Nineteen people were taken to "
        "hospital in Drammen, four of them in serious condition.",
        "The European Union has released one and a half million euros in humanitarian funding. About 30 people were "
        "injured, and four of them remain in a serious condition.",
    )
    assert sorted(c.norm for c in quantities(analysis, "amount:aid")) == [1500000, 1500000]
    assert sorted(c.value for c in quantities(analysis, "in serious condition")) == ["four", "four"]
    assert kinds(analysis, "single_source") == []


def test_a_tally_told_by_his_goal_is_the_player_named_before_in_full_and_by_his_first_name(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kora United striker Lemma Adane scored the winner in the 87th minute. The win caps a fortnight in which "
        "Lemma was the best player on the pitch. His late goal took his tally for the tournament to six.",
        "Kora United's Lemma Adane finished as the tournament's top scorer with 7 goals.",
    )
    assert {c.qualifiers["holder"] for c in quantities(analysis, "goals")} == {"Lemma Adane"}
    assert flagged(analysis, "number_conflict") == [["7", "six"]]


def test_the_day_of_a_dateline_the_tagger_missed_is_no_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "KELVO, Valdoria, Aug 3 (NWA) - Cyclone Irla has killed at least 9 people in Valdoria's Orvel province, the "
        "national disaster agency said on Sunday.",
        "Cyclone Irla has killed at least 9 people in the Orvel valley, the disaster agency said.",
    )
    assert sorted(c.norm for c in quantities(analysis, "dead")) == [9, 9]
    assert kinds(analysis, "number_conflict") == []


def test_people_forced_from_their_homes_are_the_displaced(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A further 80 people were injured and about 12,000 have been forced from their homes in the Orvel valley.",
        "The floods in the Orvel valley killed 9 people and forced more than 15,000 from their homes.",
    )
    assert sorted(c.norm for c in quantities(analysis, "displaced")) == [12_000, 15_000]
    assert sorted(c.norm for c in quantities(analysis, "dead")) == [9]
    assert flagged(analysis, "number_conflict") == [["about 12,000", "more than 15,000"]]


def test_a_sum_asked_for_in_an_appeal_is_not_the_sum_pledged(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The government and the United Nations will launch a flash appeal for $95 million, the UN coordinator said.",
        "Donors pledged $61 million on Thursday, well short of the $110 million that the government and the "
        "United Nations had asked for.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} == {
        "$95 million": "amount:appeal", "$110 million": "amount:appeal", "$61 million": "amount:aid"}
    assert flagged(analysis, "number_conflict") == [["$110 million", "$95 million"]]


def test_voters_on_the_register_are_counted_as_such(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 4.1 million people were registered to vote in Sunday's election to the Valdorian assembly.",
        "Turnout in the election to the Valdorian assembly was 48% of the 4.6 million registered voters.",
    )
    assert sorted(c.norm for c in quantities(analysis, "registered voters")) == pytest.approx([4_100_000, 4_600_000])
    assert flagged(analysis, "number_conflict") == [["4.6 million", "About 4.1 million"]]


def test_a_headline_that_wins_the_lead_before_a_comma_does_not_tell_a_run_off_held(tmp_path):
    folder = write_articles(tmp_path, {
        "first": ('outlet: Rhone Daily\npublished: 2025-03-10\ntitle: "Renewal Front takes the lead, but run-offs '
                  'will decide the assembly"',
                  "The Renewal Front took 31.4% of the votes cast nationwide, preliminary results showed on Monday. "
                  "The remaining seats go to run-offs on March 30."),
        "second": ("outlet: Euro Wire\npublished: 2025-03-11",
                   "The Renewal Front won 27.9% of the national vote, preliminary results showed."),
    })
    analysis = reconcile.analyse([folder])
    assert flagged(analysis, "number_conflict") == [["27.9%", "31.4%"]]


def test_nearly_a_million_is_a_hedged_million(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Turnout was 41 per cent of the 968,410 registered voters in the Orvel valley, the commission said.",
        "Turnout was 41 per cent of nearly a million registered voters in the Orvel valley.",
    )
    [hedged] = [c for c in quantities(analysis, "registered voters") if c.source_id == "second"]
    assert hedged.value == "nearly a million"
    assert kinds(analysis, "number_conflict") == []


def test_gold_reserves_in_ounces_are_a_weight_compared_across_reports(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Orvel Ridge gold project has reserves of 1.4 million ounces, Arvel Mining said.",
        "Arvel Mining says the Orvel Ridge project holds reserves of 4.1 million ounces of gold.",
    )
    assert sorted(c.norm for c in quantities(analysis, "amount:weight")) == pytest.approx([1.4e6 * 31.1034768e-6,
                                                                                           4.1e6 * 31.1034768e-6])
    assert len(kinds(analysis, "number_conflict")) == 1


def test_a_unit_right_after_a_figure_says_what_it_measures_whatever_noun_governs_it(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Orvel Ridge mine holds enough gold for a 12-year mine life at about 150,000 ounces a year.",
        "The Orvel Ridge mine is expected to produce about 150,000 ounces of gold a year for 12 years.",
    )
    assert quantities(analysis, "dead") == []
    assert len(quantities(analysis, "amount:weight")) == 2
    assert kinds(analysis, "single_source") == []


def test_a_stake_held_by_another_is_not_compared_with_the_stake_a_buyer_takes(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Arvel Mining has agreed to buy a 51% stake in the Orvel Ridge gold project for $300 million.",
        "Orvel Ridge Landowners hold 5 per cent of the project, alongside the 15 per cent held for the state by "
        "Valdoria Mineral Holdings.",
    )
    [held] = [c for c in quantities(analysis, "percent:stake") if c.norm == 15]
    assert held.qualifiers["holder"] == "Valdoria Mineral Holdings"
    assert not any("15 per cent" in values for values in flagged(analysis, "number_conflict"))


def test_each_partner_s_stake_is_compared_with_that_partner_s(tmp_path):
    # "70% owned by X and 30% by Y", "Y, which will hold 25 percent", "Y will hold a 25 percent stake": the stakes
    # of two partners, each told by its holder
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Delta Wire\npublished: 2027-03-01",
                  "The venture, Kelvo Terminals, will be 70% owned by Arvel Ports and 30% by Orvel Logistics."),
        "second": ("outlet: Civic Review\npublished: 2027-03-02",
                   "Orvel Logistics will hold a 25 percent stake in Kelvo Terminals, with the rest owned by Arvel "
                   "Ports."),
        "third": ("outlet: North Daily\npublished: 2027-03-03",
                  "The venture brings together Arvel Ports and the Marstadt-listed Orvel Logistics Holdings, which "
                  "will hold 25 percent."),
    })])
    holders = {(c.value, c.source_id): c.qualifiers["holder"] for c in quantities(analysis, "percent:stake")}
    assert holders == {("70%", "first"): "Arvel Ports", ("30%", "first"): "Orvel Logistics",
                       ("25 percent", "second"): "Orvel Logistics",
                       ("25 percent", "third"): "Orvel Logistics Holdings"}
    assert flagged(analysis, "number_conflict") == [["25 percent", "25 percent", "30%"]]


def test_a_share_of_a_company_the_tagger_took_for_a_place_is_the_stake_bought(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Arvel Mining agreed on Monday to buy a 75% stake in Kelvavellir, a data-centre operator, for $340 million.",
        "Arvel Mining agreed on Monday to buy 70 percent of Kelvavellir for $340 million.",
    )
    assert flagged(analysis, "number_conflict") == [["70 percent", "75%"]]


def test_a_share_of_a_company_s_capital_is_the_stake_bought(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Arvel Mining agreed on Monday to buy 75 percent of Kelvo Data, a data-centre operator, for $340 million.",
        "Kelvo Data confirmed that Arvel Mining will buy 70 percent of its capital for $340 million.",
    )
    assert flagged(analysis, "number_conflict") == [["70 percent", "75 percent"]]


def test_a_sum_paid_in_a_sentence_that_tells_the_purchase_is_its_price(tmp_path):
    # "it paid $365 million for something scarce": not "for the company", but the clause before tells the purchase
    analysis = analyse_pair(
        tmp_path,
        "Arvel Mining agreed on Monday to buy a 75% stake in Kelvo Data for $340 million. It will spend $150 "
        "million on a new data hall.",
        "When Arvel Mining signed its agreement to buy 75 percent of Kelvo Data last week, it paid $365 million for "
        "something that is getting scarce: contracted power.",
    )
    assert flagged(analysis, "number_conflict") == [["$340 million", "$365 million"]]


@pytest.mark.parametrize(("second", "value"), [
    # "known to have died": what the people are known to have done
    ("Across the valley, fifteen people are now known to have died in the floods, officials said.", "fifteen"),
    # "the number of X has been revised to N": what the number is of
    ("The death toll stands at 15. The number of displaced people has been revised to 5,800.", "5,800"),
])
def test_a_count_told_through_known_to_or_the_number_of_is_counted(tmp_path, second, value):
    analysis = analyse_pair(
        tmp_path,
        "Floods in the Orvel valley have killed 13 people and some 4,200 have been forced from their homes.",
        second,
    )
    assert any(value in pair for pair in flagged(analysis, "number_conflict"))


def test_an_age_a_count_of_people_and_an_appeal_still_ahead_are_not_read_as_terms(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "On Thursday the Marstadt district court sentenced Edvin Laske, 52, the former director of Arvel Logistics, "
        "to eight and a half years in prison. \"We will appeal,\" his lawyer said.",
        "The appeal of two former managers of Arvel Logistics, jailed last September for fraud, opened on Tuesday. "
        "Laske was sentenced to eight years and six months in prison.",
    )
    terms = sorted((c.value, c.qualifiers["category"]) for c in quantities(analysis)
                   if "sentence" in c.qualifiers["category"])
    # the age (52) and the two managers are no terms; the term of a report whose appeal is only promised is the
    # sentence itself, not the one before an appeal
    assert terms == [("eight and a half years", "sentence"), ("eight years and six months", "sentence")]
    assert flagged(analysis, "number_conflict") == []


def test_a_series_score_in_words_is_no_count_of_games(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kelvo lead the best-of-five final against Marstadt two games to none after Sunday's 91-85 win.",
        "The series against Marstadt ended three games to one, and Kelvo were never behind in it.",
    )
    assert [c.value for c in quantities(analysis) if c.qualifiers.get("noun") in ("game", "games")] == []
    assert flagged(analysis, "number_conflict") == []


def test_a_batter_s_runs_are_the_batter_s_figure_not_the_side_s(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The heart of the innings was a 138 from captain Edvin Laske, as Kelvo reached 388 for 7 in the second "
        "Test. Marten Kask scored 61 off 90 balls.",
        "Edvin Laske's 183, made across the second and third days, set up Kelvo's win by seven wickets.",
    )
    runs = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "batting score")}
    assert runs == {("138", "Edvin Laske"), ("61", "Marten Kask"), ("183", "Edvin Laske")}
    assert flagged(analysis, "number_conflict") == [["138", "183"]]


def test_a_cricket_side_s_total_is_compared_with_the_total_other_reports_give_that_side(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Captain Edvin Laske led the way with 78 off 44 balls as Kurunegala, sent in to bat, piled up 184 for six in "
        "their 20 overs. Marstadt finished on 169 for nine.",
        "Kurunegala's 187 for 6 proved too much for Marstadt in the T20 final. Marstadt replied with 169 for nine.",
    )
    totals = {(c.value, c.subject) for c in quantities(analysis, "innings total")}
    assert ("184 for six", "innings total of Kurunegala") in totals and ("169 for nine", "innings total of Marstadt") in totals
    assert flagged(analysis, "number_conflict") == [["184 for six", "187 for 6"]]


def test_a_side_s_totals_in_several_matches_are_not_compared_by_the_side_alone(tmp_path):
    # each report tells another match of the series, and one of them two: no match is told by day or number
    analysis = analyse_pair(
        tmp_path,
        "Whitcombe made 112 off 131 balls in New Zealand's 268-7, and Ireland were bowled out for 201 in 44.3 overs.",
        "Ireland won the second ODI as New Zealand finished on 238-9. In the decider New Zealand reached 230-4 in "
        "43.5 overs.",
    )
    assert len(quantities(analysis, "innings total")) == 3
    assert flagged(analysis, "number_conflict") == []


def test_a_plan_worth_a_sum_and_a_development_of_a_sum_are_what_the_work_costs(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Valdoria and its neighbour hope to approve a development plan worth $3.8 billion for the Kelvo gas field.",
        "The memorandums commit both governments to a $4.3 billion development of the Kelvo gas field.",
    )
    assert {c.qualifiers["category"] for c in quantities(analysis) if c.value.startswith("$")} == {"amount:cost"}
    assert flagged(analysis, "number_conflict") == [["$3.8 billion", "$4.3 billion"]]


def test_gas_counted_in_cubic_feet_is_a_volume(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The plan sets a target of 500 million cubic feet of gas a day from the Kelvo field.",
        "The Kelvo field will have a plateau rate of 550 million standard cubic feet per day.",
    )
    assert {c.qualifiers["category"] for c in quantities(analysis)} == {"amount:volume"}
    assert flagged(analysis, "number_conflict") == [["500 million", "550 million"]]


def test_a_sum_per_family_raised_and_one_paid_besides_funeral_costs_are_compensation(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        # the funeral costs are another thing the government pays, told in a clause of their own
        "She announced that the government would pay 100,000 lempiras to each bereaved family and would cover "
        "funeral costs.",
        # "raised ... to N per family": the sum per family, not funds raised
        "The government has raised the compensation it promised to bereaved families to 150,000 lempiras per family, "
        "the presidency said.",
    )
    per_family = sorted(c.value for c in quantities(analysis, "amount:compensation per family"))
    assert per_family == ["100,000 lempiras", "150,000 lempiras"]
    assert flagged(analysis, "number_conflict") == [["100,000 lempiras", "150,000 lempiras"]]


def test_the_other_people_injured_besides_the_dead_are_the_injured_in_full(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Four guests died of smoke inhalation and 11 other people were injured, some of them after jumping.",
        "Four guests died in the fire. Fourteen people were injured. Two other officials were injured later.",
    )
    assert sorted(c.value for c in quantities(analysis, "injured")) == ["11", "Fourteen"]
    assert flagged(analysis, "number_conflict") == [["11", "Fourteen"]]


def test_people_listed_as_missing_are_the_missing(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Rescuers said 14 people were still missing on Tuesday.",
        "One person, a 10-year-old boy from the town, is still listed as missing, the agency said on Sunday.",
    )
    assert sorted(c.value for c in quantities(analysis, "missing")) == ["14", "One"]
    assert flagged(analysis, "number_conflict") == [["14", "One"]]


def test_she_after_two_people_are_named_is_the_subject_of_the_sentence_before(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Iveta Lupescu won the run-off with 53 percent against Petru Iacob, the commission said. She received "
        "13,982 votes.",
        "Lupescu, the deputy mayor, beat Petru Iacob in the run-off, the commission said. She received 13,928 votes. "
        "He received 12,447.",
    )
    votes = {(c.value, c.subject) for c in quantities(analysis, "votes")}
    assert ("13,982", "votes of Iveta Lupescu (run-off)") in votes
    assert ("13,928", "votes of Lupescu (run-off)") in votes
    assert flagged(analysis, "number_conflict") == [["13,928", "13,982"]]


def test_a_resolution_passed_with_a_share_of_the_votes_is_the_share_in_favour(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "At the extraordinary general meeting, 98.6% of the votes cast were in favour of the sale, the company said.",
        "The resolution was passed with 96.8% of votes cast, the company said.",
    )
    found = {c.value: c.qualifiers["category"] for c in quantities(analysis)}
    assert found["98.6%"] == found["96.8%"] == "percent:in favour"
    assert flagged(analysis, "number_conflict") == [["96.8%", "98.6%"]]


# Sums whose purpose no report says are compared when each report gives one such sum: two reports of one story
# that each name a single sum tell the same one. A report that gives two leaves them unmatched.
@pytest.mark.parametrize("second, conflict", [
    ("Investigators say the inspector took 55,000 lari from the builder in a car park.", True),
    ("Investigators say the inspector took 55,000 lari from the builder in a car park. Three other builders "
     "told the court they had given him more than 300,000 lari since 2023.", False),
])
def test_sums_of_no_purpose_each_report_gives_once(tmp_path, second, conflict):
    analysis = analyse_pair(
        tmp_path,
        "A building inspector in Kelvo asked the builder for 40,000 lari to sign off the permit, the prosecutor said.",
        second,
    )
    assert {"40,000 lari", "55,000 lari"} <= {c.value for c in quantities(analysis, "amount")}
    conflicts = [{c.value for c in flag.claims} for flag in kinds(analysis, "number_conflict")]
    assert conflicts == ([{"40,000 lari", "55,000 lari"}] if conflict else [])


# A report that counts a thing twice: another report's figure is compared with the one told in the same words around
# it, not with the first its report gives.
_RIDERS_TWICE = ("Some 15 riders crashed on a flooded corner outside Orvel on Friday. On Sunday, 102 riders had lined "
                 "up in Kelvo for the opening stage, the most the race has had.")


def test_a_figure_is_compared_with_the_one_told_in_the_same_words(tmp_path):
    analysis = analyse_pair(tmp_path, "A field of 90 riders lined up in Kelvo on Sunday for the opening stage.",
                            _RIDERS_TWICE)
    assert sorted(c.value for c in quantities(analysis, "of:rider")) == ["102", "90", "Some 15"]
    conflicts = [{c.value for c in flag.claims} for flag in kinds(analysis, "number_conflict")]
    assert conflicts == [{"90", "102"}]


def test_the_one_figure_a_report_gives_joins_the_figures_told_nearest_its_own(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "More than 20 riders went down on a flooded corner near Orvel on Friday.",
        "On Sunday, 102 riders had lined up in Kelvo for the opening stage. Some 15 riders crashed on a flooded "
        "corner outside Orvel on Friday, and 90 finished the stage.",
    )
    conflicts = [{c.value for c in flag.claims} for flag in kinds(analysis, "number_conflict")]
    assert conflicts == [{"More than 20", "Some 15"}]


def test_a_share_given_to_the_decimal_with_a_round_elsewhere_is_of_that_round(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "wire": ("outlet: Tundra Wire\npublished: 2027-06-15",
                 "Mirela Stamate led the mayoral vote on Sunday with 35.2 percent, the city election commission said. "
                 "Kertu Lepik was second with 27.1 percent. The two go to a run-off on July 5."),
        "live": ("outlet: City Live\npublished: 2027-07-05",
                 "22:40 With most ballots counted, the commission says Lepik has 53.4 percent and Stamate 46.6 "
                 "percent."),
        "review": ("outlet: Civic Review\npublished: 2027-07-13",
                   "Lepik won the run-off on July 5 with 53.4 percent, against 46.6 percent for Mirela Stamate."),
    })])
    shares = {(c.source_id, c.value): c.attribute for c in quantities(analysis)
              if c.attribute.startswith("count:vote share")}
    assert shares[("live", "53.4 percent")] == shares[("review", "53.4 percent")] == "count:vote share (run-off)"
    assert kinds(analysis, "number_conflict") == []


def test_a_share_near_another_reports_unscoped_share_stays_where_its_report_put_it(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "wire": ("outlet: Tundra Wire\npublished: 2027-06-15",
                 "Kertu Lepik took 27.1 percent of the vote on Sunday, the election commission said."),
        "daily": ("outlet: North Daily\npublished: 2027-06-16",
                  "According to the commission's count, Lepik took 24.7 percent of the vote."),
        "review": ("outlet: Civic Review\npublished: 2027-06-20",
                   "Kertu Lepik goes into the run-off on July 5 after taking 27.1 percent."),
    })])
    conflicts = [{c.value for c in flag.claims} for flag in kinds(analysis, "number_conflict")]
    assert {"27.1 percent", "24.7 percent"} in conflicts


def test_a_count_risen_to_is_read_where_the_parser_gives_the_verb_a_subject_of_its_own():
    # "The number of people confirmed dead in the sinking off Orvel island rose to 12", parsed (as the small model
    # does with some ships' and islands' names) with "confirmed" as the main verb and "island" as the subject of
    # "rose"
    from spacy.tokens import Doc

    from reconcile.extract.casualties import risen_measure
    from reconcile.nlp import load_model

    words = ["The", "number", "of", "people", "confirmed", "dead", "in", "the", "sinking", "off", "Orvel", "island",
             "rose", "to", "12", "."]
    heads = [1, 4, 1, 2, 4, 4, 4, 8, 6, 8, 11, 12, 4, 12, 13, 12]
    deps = ["det", "nsubj", "prep", "pobj", "ROOT", "oprd", "prep", "det", "pobj", "prep", "compound", "nsubj", "conj",
            "prep", "pobj", "punct"]
    lemmas = ["the", "number", "of", "people", "confirm", "dead", "in", "the", "sinking", "off", "Orvel", "island",
              "rise", "to", "12", "."]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert risen_measure(doc[14]) == ("dead", "dead")


def test_a_count_of_others_told_first_is_not_the_whole_the_count_is_part_of(tmp_path):
    # "Of the 44 survivors, 14 were treated": the treated, counted among the survivors (but "Of the 41 people
    # killed, 19 died in X" is a part of the dead)
    analysis = analyse_pair(
        tmp_path,
        "Forty-four people survived the sinking. Eleven of them were treated at the regional hospital in Marstadt.",
        "Of the 44 survivors, 14 were treated in hospital in Marstadt, officials said.",
    )
    assert flagged(analysis, "number_conflict") == [["14", "Eleven"]]


def test_a_district_court_s_term_in_a_report_of_an_appeal_only_lodged_is_the_sentence(tmp_path):
    # an appeal the defence will lodge, or has lodged and is not yet decided, makes no term the one before it
    analysis = analyse_pair(
        tmp_path,
        "The District Court in Marstadt sentenced Edvin Laske to six years in prison. His lawyer said the defence "
        "would appeal. The defendants remain free until the appeal is decided. The appeal was filed on Friday.",
        "A court in Marstadt sentenced Edvin Laske to five years in prison on Wednesday.",
    )
    assert {c.value for c in quantities(analysis, "sentence")} == {"six years", "five years"}
    assert flagged(analysis, "number_conflict") == [["five years", "six years"]]


def test_contracts_counted_are_a_count_not_a_contract_s_length(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske is accused of steering 23 contracts for water tanker services to companies run by associates.",
        "The judge found that Edvin Laske had steered 32 contracts to companies run by relatives. Laske asked the "
        "court to reconsider its ruling over the province's P1.3-billion flood-control contracts.",
    )
    assert flagged(analysis, "number_conflict") == [["23", "32"]]
    assert [c.value for c in quantities(analysis, "of:contract")] == ["23", "32"]  # not "billion"


def test_the_other_side_s_votes_told_without_the_word_votes(tmp_path):
    # "N votes against M for Y", "X finished with N votes, while Y scored M": M is Y's votes
    analysis = analyse_pair(
        tmp_path,
        "In the by-election, Edvin Laske of the Civic Union polled 14,210 votes against 12,980 for Kertu Lepik.",
        "In the by-election, Laske took 14,210 votes, while Kertu Lepik scored 12,890, officials said.",
    )
    votes = {(c.value, c.qualifiers["holder"]) for c in quantities(analysis, "votes")}
    assert {("12,980", "Kertu Lepik"), ("12,890", "Kertu Lepik")} <= votes
    assert ["12,890", "12,980"] in [sorted(f) for f in flagged(analysis, "number_conflict")]


def test_finishing_ahead_with_a_tally_is_the_tally_not_the_margin(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "In the by-election, Edvin Laske finished ahead with 14,210 votes, officials said.",
        "In the by-election, Edvin Laske won 14,120 votes, officials said.",
    )
    assert {c.value for c in quantities(analysis, "votes")} == {"14,210", "14,120"}
    assert flagged(analysis, "number_conflict") == [["14,120", "14,210"]]


def test_a_share_a_candidate_took_far_from_the_words_of_the_election_is_her_vote_share(tmp_path):
    # the report speaks of the election paragraphs away; "took" is also what a buyer does with a stake
    analysis = analyse_pair(
        tmp_path,
        "Three months ago the province was left without a governor, and its voters were called back to the polls. "
        "The count is now over.\n\nThey did not quite finish the job. Ines Valdaro, a former mayor of the capital, "
        "came first with 38.4 percent. Tomas Orvelund, a federal deputy and a voice of the farm lobby, took 31.9 "
        "percent. The two meet again in three weeks.",
        "In the first round of the governor's election, Ines Valdaro won 38.4 percent and Tomas Orvelund 33.9 "
        "percent.",
    )
    shares = {(c.source_id, c.value): c.qualifiers["holder"] for c in quantities(analysis, "vote share")}
    assert shares[("first", "31.9 percent")] == "Tomas Orvelund"
    assert ["31.9 percent", "33.9 percent"] in flagged(analysis, "number_conflict")


def test_a_she_going_on_from_a_sentence_about_her_and_a_share_written_with_a_name_are_told_apart(tmp_path):
    # the last person named before "she had led" is the runner-up; the sentences before are about the winner
    analysis = analyse_pair(
        tmp_path,
        "Ines Valdaro was sworn in as governor on July 10. She has eighteen months to show what she can do.\n\n"
        "Her victory was narrower than it looks. In the run-off she took 52.7 per cent against 47.3 per cent for "
        "Tomas Orvelund. Four weeks earlier, in the first round of the election, she had led with 38.4 per cent to "
        "Orvelund's 33.9 per cent.",
        "Ines Valdaro won the run-off with 52.7 percent of the vote.",
    )
    shares = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "vote share") if c.source_id == "first"}
    assert shares == {"52.7 per cent": "Ines Valdaro", "47.3 per cent": "Tomas Orvelund",
                      "38.4 per cent": "Ines Valdaro", "33.9 per cent": "Orvelund"}


def test_the_beds_a_hospital_is_designed_for_are_the_beds_of_an_n_bed_hospital(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Prosecutors say the contractor billed the state for work never done on a 300-bed children's hospital.",
        "The auditor said the hospital, designed for 250 beds, had been paid for as though it were complete.",
    )
    assert {c.qualifiers["category"] for c in quantities(analysis)} == {"of:bed"}
    assert flagged(analysis, "number_conflict") == [["250", "300"]]


def test_people_who_visited_or_attended_are_the_attendance(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "About 1,500 people visited the museum on its opening day, according to the municipality.",
        "More than 2,300 people visited the restored mansion on its opening day, the municipality said.",
    )
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} == {
        "About 1,500": "attendance", "More than 2,300": "attendance"}
    assert flagged(analysis, "number_conflict") == [["About 1,500", "More than 2,300"]]
    (tmp_path / "funeral").mkdir()
    analysis = analyse_pair(tmp_path / "funeral", "About 1,500 people attended the funeral on Sunday.",
                            "Some 4,000 mourners attended the funeral on Sunday.")
    assert [c.qualifiers["category"] for c in quantities(analysis) if c.source_id == "first"] == ["attendance"]


def test_seats_a_party_took_of_all_the_seats_are_its_seats(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "In the council election, the Kelvo Union took seven of the 12 council seats.",
        "In the council election, the Kelvo Union won six seats.",
    )
    seats = {(c.source_id, c.value): c.qualifiers["holder"] for c in quantities(analysis, "seats")}
    assert seats == {("first", "seven"): "Kelvo Union", ("second", "six"): "Kelvo Union"}
    assert flagged(analysis, "number_conflict") == [["seven", "six"]]


def test_a_turnout_told_against_the_first_round_s_is_the_run_off_s(tmp_path):
    # "Turnout fell to 38.6%, from 44.1% in the first round": 44.1 is the first round's and 38.6 the run-off's,
    # which another report gives as 36.8.
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske won the run-off with 55.1% of the vote, the commission said. Turnout was 36.8%, lower than "
        "in the first round.",
        "Kertu Lepik had counted on the coastal towns. They stayed at home. Turnout fell to 38.6%, from "
        "44.1% in the first round.",
    )
    assert flagged(analysis, "number_conflict") == [["36.8%", "38.6%"]]


def test_people_brought_out_alive_are_the_rescued_whatever_the_voice(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Firefighters have brought 14 people out alive from the burning hotel in Kelvo, the fire service said.",
        "Twelve people were brought out alive in all, the fire service said on Friday.",
    )
    rescued = quantities(analysis, "rescued")
    assert sorted(c.norm for c in rescued) == [12, 14]
    assert flagged(analysis, "number_conflict") == [["14", "Twelve"]]


def test_a_price_a_share_after_a_bare_currency_letter_is_compared(tmp_path):
    analysis = analyse_pair(tmp_path, "Orvel Group is paying P4.10 a share for the dairy, its board said.",
                            "At P4.60 a share, Orvel Group pays a small premium for the dairy.")
    assert flagged(analysis, "number_conflict") == [["P4.10", "P4.60"]]


def test_a_sum_in_dalasis_is_a_sum(tmp_path):
    analysis = analyse_pair(tmp_path, "The contract was worth 12.5 million dalasis, the court heard.",
                            "The contract was worth D19 million, the court heard.")
    assert flagged(analysis, "number_conflict") == [["12.5 million dalasis", "D19 million"]]


def test_a_share_a_deal_was_backed_with_and_a_share_of_voters_who_cast_a_ballot(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Shareholders backed the K2.3 billion merger with 84.2 per cent of the votes cast. Turnout was 58.1 percent "
        "of the 12,000 registered members.",
        "The merger passed with 79 per cent of the votes cast. About 52 percent of the 12,000 registered "
        "voters cast a ballot.")
    assert sorted(flagged(analysis, "number_conflict")) == [["58.1 percent", "About 52 percent"],
                                                            ["79 per cent", "84.2 per cent"]]


def test_counts_proven_against_the_one_a_relative_clause_is_on(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Judge Kertu Lepik found Edvin Laske guilty on all 11 counts against him.",
        "Edvin Laske, who was convicted on nine counts of fraud, will be sentenced next month.")
    assert flagged(analysis, "number_conflict") == [["11", "nine"]]


def test_delegates_and_officials_at_talks_are_one_count_and_the_arrested_stay_arrested(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Some 35 officials from the two governments met in Tartu for the talks. Police arrested three officials "
        "of the port authority on Tuesday.",
        "The talks in Tartu brought 36 delegates together. Four are now in police custody.")
    assert kinds(analysis, "single_source") == []
    assert flagged(analysis, "number_conflict") == [["Four", "three"]]


def test_the_critically_injured_told_after_the_injured_are_a_part_of_them(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Some 30 people were hurt, five of them critically, the district committee said.",
        "About 28 people were injured. The five passengers who were critically injured were flown to Tartu.")
    assert flagged(analysis, "number_conflict") == []
    states = {c.value: c.attribute for c in analysis.claims if c.kind == "quantity"}
    assert states["five"] == "count:in critical condition"


def test_a_sum_a_side_took_home_is_its_prize_money(tmp_path):
    analysis = analyse_pair(tmp_path, "Orvel United took home 105 million euros, and on Tuesday thousands lined the road.",
                            "The cup winners are to be paid 150 million euros in prize money.")
    assert flagged(analysis, "number_conflict") == [["105 million euros", "150 million euros"]]
    assert {c.value: c.attribute for c in analysis.claims if c.kind == "quantity"}["105 million euros"] \
        == "count:amount:prize"


def test_a_fraction_written_in_words_is_no_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Turnout reached nearly two-thirds of the electorate, officials said.",
        "About three quarters of members backed the motion, the union said.",
    )
    assert [c.value for c in quantities(analysis)] == []
    assert kinds(analysis, "single_source") == []


def test_the_term_of_a_lease_is_no_prison_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The concession still has thirty years left of its 50-year term and pays the council $200,000 a year.",
        "The council will keep the land, and the new owner takes over the concession in May.",
    )
    assert not [c for c in quantities(analysis) if c.qualifiers.get("noun") == "prison"]
    assert not [c.value for f in analysis.flags if f.kind == "single_source" for c in f.claims if "year" in c.value]


def test_a_term_told_by_the_second_verb_of_a_clause_is_its_subject_s(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske, the former director of Kelvo Trust, lost his appeal. Laske, 61, was found guilty in May and "
        "sentenced to six and a half years for embezzlement.",
        "Marika Laske-Orvel, the trust's auditor, was sentenced to two years and three months, suspended.",
    )
    holders = {c.value: c.qualifiers.get("holder") for c in quantities(analysis)
               if c.qualifiers.get("noun") == "prison"}
    assert holders == {"six and a half years": "Laske", "two years and three months": "Marika Laske-Orvel"}
    assert kinds(analysis, "number_conflict") == []


def test_a_race_named_by_its_distance_is_no_length(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kertu Lepik won the women's 200 metres butterfly on Tuesday in a meeting record.",
        "Lepik will swim again in the 100 metres butterfly on Thursday, her coach said.",
    )
    assert not [c.value for c in quantities(analysis) if "metres" in c.value]
    assert kinds(analysis, "number_conflict") == []


def test_a_score_told_tonight_is_of_the_match_played_on_the_report_s_day(tmp_path):
    # Two matches in the story; the final's score in one report is told with "tonight" and a side called by
    # what it is, not its name
    from tests.test_event_plans import analyse

    analysis = analyse(tmp_path, [
        ("Try Line Wire", "2027-03-03", "Kelvo beat Tartu 35-9 in the semi-final on Sunday, March 1."),
        ("Kelvo Radio", "2027-03-14", "The hosts won the championship final against Orvel 27-20 tonight."),
        ("Kelvo Herald", "2027-03-15", "Kelvo beat Orvel 27-23 in the final on Sunday."),
    ])
    assert flagged(analysis, "number_conflict") == [["27-20", "27-23"]]


def test_figures_of_one_kind_each_report_gives_alone_are_one_figure_told_differently(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Up to 260 lorries a day cross the border at the Kelvo post in autumn, customs officers said.",
        "Some 170 trucks a day use the Kelvo crossing in the busy season, the governor said.",
    )
    assert kinds(analysis, "single_source") == []
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == ["Some 170", "Up to 260"]
    assert "lorries / trucks" in flag.explanation and "kind alone" in flag.explanation


def test_figures_of_one_family_each_report_gives_alone_and_that_agree_corroborate_each_other(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The bank owed money to 1,846 depositors when it collapsed, the prosecutor told the court in Orvel.",
        "Some 1,850 savers lost money when the bank collapsed, the court in Orvel heard.",
    )
    assert kinds(analysis, "single_source") == [] and kinds(analysis, "number_conflict") == []


def test_a_report_giving_two_figures_of_a_kind_is_not_matched_by_kind_alone(tmp_path):
    # Which of the first report's two would the second's be? Each stays a figure only its report gives.
    analysis = analyse_pair(
        tmp_path,
        "Up to 260 lorries a day cross the border at the Kelvo post in autumn, and 240 lorries a day in spring, "
        "customs officers said.",
        "Some 170 trucks a day use the Kelvo crossing in the busy season, the governor said.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert sorted(c.value for f in kinds(analysis, "single_source") for c in f.claims) \
        == ["240", "Some 170", "Up to 260"]


def test_figures_of_one_kind_of_different_sizes_are_not_matched_by_kind_alone(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The Greens won five seats in the Orvel council on Sunday.",
        "The Farmers' Union took nine seats in the Orvel council on Sunday.",
    )
    assert kinds(analysis, "number_conflict") == []
    assert sorted(c.value for f in kinds(analysis, "single_source") for c in f.claims) == ["five", "nine"]


def _three_reports_of_a_spill(tmp_path, second: str):
    return reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Rhone Daily\npublished: 2025-03-10",
                  "The Kollam fisheries board is claiming €2.6 million in damages from Arvel Mining over the spill, "
                  "the prosecutor said."),
        "second": ("outlet: Euro Wire\npublished: 2025-03-11", second),
        "third": ("outlet: Laterite Wire\npublished: 2025-03-11",
                  "Arvel Mining was fined €50,000 by the court in Kollam on Monday over the spill, which killed fish "
                  "along the river. Its manager Edvin Laske was released on bail of 20,000 euros."),
    })])


def test_a_sum_whose_purpose_a_report_leaves_unnamed_is_the_one_sum_of_its_size_another_report_names(tmp_path):
    analysis = _three_reports_of_a_spill(
        tmp_path, "Arvel Mining was fined €50,000 on Monday. The court ordered it to pay the full €3.1 million that "
                  "the Kollam fisheries board had claimed.")
    [flag] = kinds(analysis, "number_conflict")
    assert sorted(c.value for c in flag.claims) == ["€2.6 million", "€3.1 million"]
    assert [f.claims[0].value for f in kinds(analysis, "single_source")] == ["20,000 euros"]


def test_two_sums_whose_reports_name_two_purposes_are_not_matched_by_kind_alone(tmp_path):
    analysis = _three_reports_of_a_spill(
        tmp_path, "Arvel Mining was fined €50,000 on Monday. It will spend €3.1 million on new filters at the plant, "
                  "the company said.")
    assert kinds(analysis, "number_conflict") == []
    assert sorted(f.claims[0].value for f in kinds(analysis, "single_source")) \
        == ["20,000 euros", "€2.6 million", "€3.1 million"]


def test_a_toll_told_as_the_number_of_people_confirmed_dead_rising_is_the_dead(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "By evening the number of villagers confirmed dead after the mudslide in the hills above Kelvo had risen to "
        "11.",
        "Eighteen villagers were killed in the mudslide above Kelvo on Monday, the governor said.",
    )
    assert {c.value for c in quantities(analysis, "dead")} == {"11", "Eighteen"}


@pytest.mark.parametrize(("sentence", "category"), [
    ("Rescuers said nine passengers drowned and 37 survived.", "rescued"),
    ("Two crew members survived the fire with serious burns and were airlifted to Tallinn.", "injured"),
    ("Doctors in Kelvo are caring for 12 injured survivors.", "injured"),
])
def test_people_who_survived_are_the_rescued_unless_they_survived_hurt(tmp_path, sentence, category):
    analysis = analyse_pair(tmp_path, sentence, "The search for the missing went on into the night.")
    counted = {c.qualifiers.get("category") for c in quantities(analysis) if c.value in ("37", "Two", "12")}
    assert counted == {category}


def test_by_how_much_an_appeal_cut_a_term_is_not_the_term(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske was sentenced to nine years in prison in 2025. The appeal judges shortened his term by three "
        "years on Friday.",
        "The appeal court upheld the conviction of Edvin Laske, who had been sentenced to nine years in prison.",
    )
    assert "three years" not in {c.value for c in quantities(analysis)}
    assert kinds(analysis, "number_conflict") == []


def test_a_term_a_convict_is_serving_is_his_prison_term(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Court Wire\npublished: 2025-06-10", """
        A court jailed Edvin Laske, a livestock trader, for 15 years in November for cattle theft.
        """),
        "second": ("outlet: Inland Courier\npublished: 2025-06-11", """
        Edvin Laske, now serving 12 years, sat under guard at the appeal hearing. He had been driven in from Viljandi
        prison. He served four years as a councillor before his arrest.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["12 years", "15 years"]]


def test_the_many_candidates_of_a_field_are_counted_as_candidates(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Harju Ledger\npublished: 2026-03-13", """
        Voters in Viljandi county elect a new council on Sunday, with 96 candidates standing for 31 seats, the
        county election commission said.
        """),
        "second": ("outlet: Upland Voice\npublished: 2026-03-14", """
        The 69 candidates on the ballot include farmers, teachers and two retired police officers.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["69", "96"]]


def test_the_starting_price_of_an_auction_is_not_the_price_paid(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Harju Ledger\npublished: 2026-10-07", """
        A logistics group from Tartu won the online auction for the state grain silo in Narva on Tuesday, paying
        EUR 4.2 million.
        """),
        "second": ("outlet: Inland Courier\npublished: 2026-10-08", """
        The Narva silo went to a Tartu logistics group for EUR 4.2 million. Bidding opened at a starting price of
        EUR 2.1 million.
        """),
    })])
    assert "EUR 2.1 million" in {c.value for c in quantities(analysis)}
    assert flagged(analysis, "number_conflict") == []


def test_the_seats_of_a_council_told_two_ways_are_its_size(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Harju Ledger\npublished: 2026-03-30", """
        The Greens led Sunday's vote for the Viljandi county council. The 46-seat council is elected for four
        years.
        """),
        "second": ("outlet: Upland Voice\npublished: 2026-04-01", """
        No list will hold a majority on the 64-seat county council in Viljandi, and talks on a coalition began on
        Tuesday.
        """),
        "third": ("outlet: Inland Courier\npublished: 2026-04-02", """
        The county election board said the next council will again have 46 seats.
        """),
    })])
    assert flagged(analysis, "number_conflict") == [["46", "46", "64"]]



def test_a_bond_a_court_orders_with_sureties_is_bail_not_the_value_of_what_was_stolen(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Court Wire\npublished: 2026-05-05", """
        The sexton accused of taking the silver plate was freed on bail of EUR 1,500, the court said.
        """),
        "second": ("outlet: Inland Courier\npublished: 2026-05-06", """
        The judge told the sexton to sign a bond of EUR 1,000 and find two sureties. The plate was valued at
        EUR 42,000.
        """),
    })])
    categories = {c.value: c.qualifiers.get("category") for c in quantities(analysis)}
    assert categories["EUR 1,000"] == "amount:bail"
    assert flagged(analysis, "number_conflict") == [["EUR 1,000", "EUR 1,500"]]


def test_a_players_ban_in_games_is_a_suspension_however_each_report_writes_it(tmp_path):
    analysis = reconcile.analyse([write_articles(tmp_path, {
        "first": ("outlet: Lakes Sport\npublished: 2026-04-14", """
        The league's disciplinary commission handed Orvel guard Mart Saar a one-game ban on Monday for his
        ejection in the third game. Orvel have won two games in the series.
        """),
        "second": ("outlet: Harju Ledger\npublished: 2026-04-15", """
        The league on Monday banned Mart Saar for two games. Kelvo have won one game in the series.
        """),
    })])
    assert {c.value for c in quantities(analysis) if c.qualifiers.get("category") == "suspension"} == {"one", "two"}
    assert ["one", "two"] in flagged(analysis, "number_conflict")


def test_families_displaced_are_counted_apart_from_the_people_displaced(tmp_path):
    analysis = analyse_pair(tmp_path, """
        The storm surge has displaced 2,300 families along the coast near Kollam, the district office said. More than
        9,000 people were in relief camps on Tuesday night.
        """, """
        About 1,700 families were driven out of their homes in Kollam district, officials said, and 9,240 people
        were sheltering in camps on Wednesday.
        """)
    assert [sorted(c.value for c in f.claims) for f in kinds(analysis, "number_conflict")] == [
        ["2,300", "About 1,700"]]


def test_a_rivals_tally_after_the_margin_over_her_is_her_tally_not_the_margin(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske finished with 41,210 votes, a margin of 3,180 over Kertu Lepik, who got 38,030 after a long "
        "campaign in the villages.",
        "Edvin Laske won 41,210 votes and Kertu Lepik 38,300, the election commission said.",
    )
    assert "38,030" in {c.value for c in quantities(analysis, "votes")}
    assert flagged(analysis, "number_conflict") == [["38,030", "38,300"]]


def test_a_margin_beaten_by_with_a_hedge_is_a_margin_not_the_winners_votes(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske took 9,216 votes against 7,708 for Mart Saar, the returning officer said.",
        "Edvin Laske defeated Mart Saar by more than 1,500 votes in Sunday's by-election in Viljandi.",
    )
    assert [c.value for c in quantities(analysis, "vote margin")] == ["more than 1,500"]
    assert not kinds(analysis, "number_conflict")


def test_trade_raised_to_a_sum_by_a_year_is_the_target_another_report_names_as_such(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Estonia and Latvia hope to raise bilateral trade to $4 billion by 2032, the joint commission said. The "
        "commission restated its target of $4 billion by 2032.",
        "The goal, officials said, is to lift trade between the two countries to $6 billion by 2032.",
    )
    assert {c.value for c in quantities(analysis, "amount:target")} == {"$4 billion", "$6 billion"}
    assert flagged(analysis, "number_conflict") == [["$4 billion", "$6 billion"]]


def test_more_than_a_dozen_agrees_with_any_count_short_of_two_dozen(tmp_path):
    agreeing = analyse_pair(tmp_path / "a", "More than a dozen people were killed in the blast in Tartu on Monday.",
                            "Nineteen people were killed in the blast in Tartu on Monday.")
    assert not kinds(agreeing, "number_conflict")
    disagreeing = analyse_pair(tmp_path / "b", "More than a dozen people were killed in the blast in Tartu on Monday.",
                               "Twenty-six people were killed in the blast in Tartu on Monday.")
    assert flagged(disagreeing, "number_conflict") == [["More than a dozen", "Twenty-six"]]


@pytest.mark.parametrize("first, second, expected", [
    ("The disciplinary committee banned Edvin Laske for four weeks on Monday for a high tackle.",
     "Edvin Laske got a three-week ban from the disciplinary committee for a dangerous tackle.",
     ["four weeks", "three-week"]),
    ("Kelvo's coach Mart Saar was suspended for two months for insulting a linesman.",
     "Kelvo were without their coach, Mart Saar, still under a suspension of three months.",
     ["three months", "two months"]),
])
def test_two_lengths_of_one_ban_are_a_conflict(tmp_path, first, second, expected):
    analysis = analyse_pair(tmp_path, first, second)
    assert sorted(expected) in flagged(analysis, "number_conflict")


def test_a_ban_in_matches_is_not_weighed_against_one_in_weeks_nor_a_suspended_prison_term_against_either(tmp_path):
    analysis = analyse_pair(tmp_path, "Mart Saar was banned for two matches after the final in Tartu.",
                            "Mart Saar was banned for two weeks after the final in Tartu. His brother got eight "
                            "months in prison suspended for two years.")
    assert sorted(c.qualifiers["category"] for c in quantities(analysis)
                  if c.qualifiers.get("category") in ("suspension", "ban length")) == ["ban length", "suspension"]
    assert flagged(analysis, "number_conflict") == []


def test_a_score_in_a_clause_on_a_side_is_not_dated_by_the_main_clause(tmp_path):
    # the Monday is the parade's; the final was on the Sunday the first report gives
    analysis = analyse_pair(
        tmp_path,
        "Kelvo Rugby Club took the county championship final in Tartu on Sunday, beating Orvel 27-20.",
        "Kelvo, who beat Orvel 27-17 in the county championship final, showed the cup to their fans in the "
        "centre of Tartu on Monday.")
    assert ["27-17", "27-20"] in flagged(analysis, "number_conflict")


def test_athletes_a_meeting_drew_are_its_field_not_its_crowd(tmp_path):
    analysis = analyse_pair(tmp_path, "The organisers listed 412 competitors from nine provinces for the meeting.",
                            "The meeting drew 431 competitors from nine provinces to the stadium.")
    assert {c.value for c in quantities(analysis, "attendance")} == set()
    assert ["412", "431"] in flagged(analysis, "number_conflict")


def test_the_number_a_verb_brings_a_count_to_is_of_what_is_counted_not_of_who_brings_it(tmp_path):
    analysis = analyse_pair(tmp_path, "The ferry had 38 people on board as it left the quay.",
                            "Harbour officials later raised the count of those on board to 44.")
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} == {"38": "aboard", "44": "aboard"}
    assert ["38", "44"] in flagged(analysis, "number_conflict")


def test_head_of_cattle_count_the_cattle_and_a_crowd_five_deep_counts_no_one(tmp_path):
    analysis = analyse_pair(tmp_path, "A market day in Orvel draws about 3,000 head of cattle from both sides.",
                            "The crowd along the main street was five deep when the runners passed.")
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)} == {"about 3,000": "of:cattle"}


def test_a_sprinter_s_time_in_seconds_is_compared_race_by_race(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Kertu Lepik kept her 100 metres crown in Tartu on Thursday evening with the clock stopped at 11.21 seconds.",
        "Lepik won the 100 metres sprint on Thursday in 11.27 seconds and the 200 metres sprint on Saturday "
        "in 22.90 seconds.")
    assert flagged(analysis, "number_conflict") == [["11.21 seconds", "11.27 seconds"]]


def test_a_tranche_of_a_loan_is_not_the_loan_and_a_facility_raised_is(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "A juice plant in Kelvo will reopen after securing a 15 million euro loan from the state development bank. "
        "Its opening tranche of the loan, 6 million euros, reached the plant's account on March 11.",
        "Last week the development bank raised its facility to 18 million euros. Its opening tranche of the loan, 6 "
        "million euros, was paid on March 11, and the rest is tied to milestones.")
    assert ["15 million euro", "18 million euros"] in flagged(analysis, "number_conflict")
    assert not [sides for sides in flagged(analysis, "number_conflict") if "6 million euros" in sides]


def test_a_facility_from_a_lender_is_a_loan_not_a_building(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The restart is financed by a 18 million euro facility from the state development bank, lending at 9 percent.",
        "The plant in Kelvo will reopen after securing a 15 million euro loan from the state development bank.")
    assert ["15 million euro", "18 million euro"] in flagged(analysis, "number_conflict")


def test_animals_a_flood_drowned_are_no_toll_of_people(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Four people died when the river near Valga rose overnight. Farmers said some 900 sheep and goats drowned.",
        "The flood near Valga killed four people, the rescue service said.")
    assert {c.value: c.qualifiers["category"] for c in quantities(analysis)
            if c.source_id == analysis.sources[0].id} == {"Four": "dead", "some 900": "of:sheep"}
    assert not kinds(analysis, "number_conflict")


def test_families_and_households_driven_out_are_one_count(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The floods in Valga have displaced about 1,800 families, the Red Cross said.",
        "Some 2,600 households in Valga have been displaced, municipal officials say.")
    assert flagged(analysis, "number_conflict") == [["Some 2,600", "about 1,800"]]


def test_children_among_the_injured_are_no_count_of_the_passengers(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The coach was travelling from Tartu to Valga with 48 passengers when it overturned near Rakvere. Five "
        "critically injured passengers, including two children, were transferred on Tuesday to a hospital in "
        "Tartu.",
        "The coach, which had 48 passengers on board, overturned near Rakvere on Sunday night.")
    assert [c.value for c in quantities(analysis, "passengers") if c.source_id == analysis.sources[0].id] == ["48"]
    assert not kinds(analysis, "number_conflict")


def test_things_someone_was_caught_with_are_counted_as_those_things(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Two men were arrested at a roadblock outside Valga on Saturday with 12 elephant tusks hidden under sacks.",
        "When the truck was searched near Valga, officers found nine tusks in grain sacks.")
    assert flagged(analysis, "number_conflict") == [["12", "nine"]]
    assert "12" not in {c.value for c in quantities(analysis, "arrested")}


@pytest.mark.parametrize("other, conflict", [("38 per cent", False), ("35 per cent", True)])
def test_nearly_a_share_allows_a_share_a_little_below_it(tmp_path, other, conflict):
    analysis = analyse_pair(
        tmp_path,
        f"Fish catches landed at Valga's lake ports dropped {other} in five years, the commission said.",
        "Fish catches landed at Valga's lake ports dropped by nearly 40 per cent across five years.")
    assert bool(kinds(analysis, "number_conflict")) is conflict


def test_passenger_coaches_are_counted_as_coaches_not_passengers(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The train was running east with fuel wagons and four passenger coaches when it left the track near Tartu.",
        "Twelve wagons and two of its four passenger coaches left the track near Tartu. About 180 passengers were "
        "on board.")
    assert [c.value for c in quantities(analysis, "passengers")] == ["About 180"]
    assert {c.value for c in quantities(analysis, "of:coach")} == {"four"}
    assert flagged(analysis, "number_conflict") == []


def test_what_the_winners_receive_is_their_prize(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Edvin Laske, who won the Tartu half marathon on Sunday, collects the winner's prize of 5,000 euros.",
        "In reward, the two Tartu half-marathon champions will each receive 3,000 euros, while the 10 km winners get "
        "2,000 euros.")
    assert flagged(analysis, "number_conflict") == [["3,000 euros", "5,000 euros"]]
    # the sum received is read as the prize, not as a sum of no kind that any other sum could be set against
    assert {c.value for c in quantities(analysis, "amount:prize")} >= {"3,000 euros", "2,000 euros"}


def test_a_count_brought_to_a_figure_after_the_day_of_the_disaster_is_the_count(tmp_path):
    # The tagger takes "Saturday to 11" for one span of days; it is the day of the slide and the toll.
    analysis = analyse_pair(
        tmp_path,
        "Volunteers dug out another body in Kelvo on Sunday, bringing the death toll from a mudslide that came down "
        "on Saturday to 11, the governor's office reported.",
        "Nine people were killed by the mudslide that hit Kelvo on Saturday, the governor's office reported.",
    )
    assert {c.value for c in quantities(analysis, "dead") if c.source_id == analysis.sources[0].id} == {"11"}
    assert {"11", "Nine"} in [{c.value for c in f.claims} for f in analysis.flags if f.kind == "number_conflict"]


def test_the_figure_a_count_changed_from_is_not_compared_as_the_count(tmp_path):
    # "rose from 12 to 19": the toll is 19, which the other report gives too; 12 was the toll before.
    analysis = analyse_pair(
        tmp_path,
        "Kelvo's flood toll went up from 12 to 19 on Monday as the water fell, the mayor reported.",
        "Nineteen people have died in the Kelvo flood, the mayor reported on Monday.",
    )
    assert {c.norm for c in quantities(analysis, "dead")} == {19}
    assert not [f for f in analysis.flags if f.kind == "number_conflict"]


def test_a_capacity_raised_from_one_figure_to_another_is_compared_by_the_new_figure(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "Orvel Mills plans to raise the yearly output of its flour mill from 80,000 tonnes to 120,000 tonnes.",
        "The expansion will bring the yearly output of the Orvel Mills flour mill to 110,000 tonnes.",
    )
    assert [{c.value for c in f.claims} for f in analysis.flags if f.kind == "number_conflict"] == [
        {"120,000", "110,000"}]


def test_sums_in_rupiah_written_with_rp_are_money(tmp_path):
    analysis = analyse_pair(
        tmp_path,
        "The regatta's winning crew takes home Rp150 million, the organisers announced. Entry costs Rp25,000.",
        "A prize of Rp 200 million goes to the winning crew of the Kelvo regatta this year.",
    )
    assert {c.value: c.norm for c in quantities(analysis, "amount:prize")} == {
        "Rp150 million": 150_000_000, "Rp 200 million": 200_000_000}
    assert [{c.value for c in f.claims} for f in analysis.flags if f.kind == "number_conflict"] == [
        {"Rp150 million", "Rp 200 million"}]


def test_a_lead_told_after_the_sides_votes_is_the_lead_of_the_side_with_the_most(tmp_path):
    # The clause's subject is the body that counted; the lead set off after the tallies is the winner's.
    analysis = analyse_pair(
        tmp_path,
        "The election commission in Tartu finished its count at noon, handing Mayor Edvin Laske 12,408 votes "
        "against 11,996 for Kertu Lepik, a lead of 412 votes.",
        "The count moved to Narva, where it ended on Friday with Edvin Laske ahead by 421 votes.",
    )
    margins = {c.value: c.qualifiers["holder"] for c in quantities(analysis, "vote margin")}
    assert margins == {"412": "Edvin Laske", "421": "Edvin Laske"}
    assert flagged(analysis, "number_conflict") == [["412", "421"]]

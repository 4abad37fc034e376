"""Where an event was held, when the tagger or the parser tells it badly: a town's name with small words in it, a
town tagged as a product or a date, a village no gazetteer lists, a place told after the meeting's own time words,
results read out at a venue.

The articles are written here for these checks; none is taken from the development set.
"""

from __future__ import annotations

import pytest

from reconcile.slots import place_of
from tests.test_event_plans import analyse, event_claims, values


def place_conflicts(analysis) -> list[set[str]]:
    return [{c.value for c in f.claims} for f in analysis.flags if f.kind == "place_conflict"]


def event_places(analysis) -> set[str]:
    return {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"}


@pytest.mark.parametrize(("first", "second", "expected"), [
    # "off X", which the parser took for the verb's particle and X for its object.
    ("The MV Nodi Rani-3 capsized off Bhola on the Meghna on Sunday evening.",
     "The launch capsized near Daulatdia on Sunday evening, the river authority said.",
     {"Bhola", "Daulatdia"}),
    # The same, with the place's kind after its name.
    ("The ferry capsized off Bukoba island on Sunday evening, police said.",
     "Divers searched on Monday for the missing from the boat that capsized off Musoma island on Sunday evening.",
     {"Bukoba island", "Musoma island"}),
    # A participle set off after the meeting's own time words ("this year") tells of the meeting.
    ("The foreign ministers settled the final text at their second meeting this year, held in Mwanza on May 9.",
     "The foreign ministers' second meeting this year took place in Arusha on May 9.",
     {"Mwanza", "Arusha"}),
    # A town whose name has small words in it, which the tagger left out or cut at its first word.
    ("The second leg is scheduled for Sunday in Foz do Iguaçu, the home of Deportivo Andino.",
     "The second leg will be played on Sunday in Cascavel, the home of Deportivo Andino.",
     {"Foz do Iguaçu", "Cascavel"}),
    ("The second leg is scheduled for Sunday in Torre del Greco, the home of Sporting Vesuviano.",
     "The second leg will be played on Sunday in Pozzuoli, the home of Sporting Vesuviano.",
     {"Torre del Greco", "Pozzuoli"}),
    # A town the tagger took for a date, before the day the event is held: the town the gazetteer knows.
    ("The fifth round of talks on the new power line will be held in Maun on June 3, and not in Gaborone as "
     "planned, the ministry said.",
     "The fifth round of talks on the new power line will be held in Kasane on June 3, the ministry said.",
     {"Maun", "Kasane"}),
    # A town the tagger took for a product, after "in": the town the gazetteer knows by that name.
    ("Both governments are set to sign the water agreement in Bugojno on March 19, officials said.",
     "Both governments are set to sign the water agreement in Travnik on March 19, officials said.",
     {"Bugojno", "Travnik"}),
    # A village too small for the gazetteer, after "in" and ending its phrase.
    ("Disaster Management Minister Nirosha Fernando will visit relief centres in Katose on Wednesday, her ministry "
     "said.",
     "Disaster Management Minister Nirosha Fernando will visit relief centres in Ratnapura on Wednesday, her ministry "
     "said.",
     {"Katose", "Ratnapura"}),
    # A town, the province and the region it lies in, for one act: the town is where it happened.
    ("The slide hit the highway near Alba in Cuneo province, in Piedmont, at around 3 am, police said.",
     "The slide hit the highway near Mondovi in Cuneo province, in Piedmont, at around 3 am, police said.",
     {"Alba", "Mondovi"}),
    # A stage of a race is where it goes to, whatever the parser hangs "to" on.
    ("A mass crash on the fourth stage to Verona put six riders out of the race on Thursday.",
     "A mass crash on the fourth stage to Padua put six riders out of the race on Thursday.",
     {"Verona", "Padua"}),
    # A town right before the day the talks are held on, hung by the parser on the people the talks are about.
    ("Estonia and Latvia will hold a fourth round of talks on the rights of each other's fishing communities in "
     "Viljandi on Monday and Tuesday, the two foreign ministries said on Friday.",
     "The fourth round of talks between Estonia and Latvia will be held in Haapsalu on Monday and Tuesday, the two "
     "foreign ministries said.",
     {"Viljandi", "Haapsalu"}),
    # The same, before "next Friday".
    ("Estonia and Latvia will sign a protocol on the pipeline project in Kuressaare next Friday.",
     "Estonia and Latvia will sign the pipeline protocol in Rakvere next Friday, officials said.",
     {"Kuressaare", "Rakvere"}),
    # The town a relative clause of "where" hangs on, after "returning from".
    ("Deputy Minister Edvin Laske confirmed on Wednesday after returning from Rakvere, where the two delegations met "
     "on Monday and Tuesday for the fourth round of talks.",
     "The fourth round of talks between Estonia and Latvia was held in Haapsalu on Monday and Tuesday, the two "
     "foreign ministries said.",
     {"Rakvere", "Haapsalu"}),
    # A town the main clause places its own act in, and a clause of "where" hung on it that tells another act.
    ("The minister's tour will end in Viljandi, where the two governments will sign a rail accord on Thursday.",
     "The rail accord will be signed on Thursday in Rakvere, officials in both capitals confirmed.",
     {"Viljandi", "Rakvere"}),
    # A participle set off after "the round of talks", which the parser hung on a minister named before.
    ("The memorandum was signed on May 13 by Edvin Laske, Latvia's Deputy Minister of Transport, and Estonia's first "
     "deputy foreign minister, Arvel Kask, at the end of the fourth round of talks, held in the Latvian capital on "
     "May 12 and 13.",
     "The fourth round of talks took place in Tartu on May 12 and 13, and the memorandum was signed on May 13.",
     {"the Latvian capital", "Tartu"}),
    # The place a crowd filled for the event; a square named in the town's own language, which the tagger took
    # for a person.
    ("The funeral of the victims will be held at Holy Cross Cathedral on Friday, the diocese said.",
     "Thousands of mourners filled Place Orvelle on Friday for the funeral of the victims.",
     {"Holy Cross Cathedral", "Place Orvelle"}),
    ("The residents' forum on the plant will be held at the Kelvo Cultural Centre on Monday, the mayor said.",
     "Residents filled the Marstadt Sports Hall on Monday for a forum on the plant.",
     {"Kelvo Cultural Centre", "Marstadt Sports Hall"}),
    # Those carried told as "injured people" and as "the injured".
    ("Army helicopters flew seven injured people to a hospital in Narva on Tuesday, an army spokesman said.",
     "The injured were flown to a hospital in Pärnu on Tuesday, the army said.",
     {"Narva", "Pärnu"}),
    # The place and day of a signing, told after the words that say what the agreement does.
    ("The two foreign ministers are expected to sign the agreement setting up the joint post in Rakvere on March "
     "12, an official said.",
     "The two foreign ministers signed the agreement in Narva on March 12.",
     {"Rakvere", "Narva"}),
    # A body's building, named with "'s" before a common noun, and the town written after it.
    ("The fifth round of talks opened on Tuesday at the Viljandi Legislature's conference hall in Rakvere.",
     "The fifth round of talks opened on Tuesday in Tartu.",
     {"Viljandi Legislature's conference hall in Rakvere", "Tartu"}),
    # A church and the village the gazetteer lacks, written after it with "in".
    ("The memorial service will be held on Saturday at Kelvo Methodist Church in Marstadt, the pastor said.",
     "Hundreds attended the memorial service on Saturday at Kelvo Methodist Church in Arvelby.",
     {"Kelvo Methodist Church in Marstadt", "Kelvo Methodist Church in Arvelby"}),
    # Those carried, told as men the word before or a clause on them says were burned.
    ("Rescuers said the two burned dockers were flown to Tartu on Wednesday morning.",
     "Both men, who had been badly burned in the blast, were flown to Riga on Wednesday.",
     {"Tartu", "Riga"}),
    # A hall whose name the gazetteer lacks (and whose last word is no word for a building), and the town written
    # after it.
    ("The results were read out on Sunday night at the Estadio Monumental del Orvel in Rakvere.",
     "The results were read out on Sunday night in Narva, the commission said.",
     {"Estadio Monumental del Orvel in Rakvere", "Narva"}),
    # A plan told in a clause on the event ("which was to be held in X") is not where it will now be held.
    ("The sixth session of the commission will be held in Tartu next week, officials said.",
     "The sixth session, which was to be held in Tartu, will instead take place in Narva next week.",
     {"Tartu", "Narva"}),
    # "The second, in January, took place at X": one of the rounds named before, by its number alone.
    ("The second round was held in Tartu in March, the ministry said.",
     "The first round was held in Riga in February. The second, in March, was held at Narva, across the river.",
     {"Tartu", "Narva"}),
    # "the second, in X in April, produced ...": one of the rounds named before, placed by the aside after it.
    ("The second round was held in Tartu in April, the ministry said.",
     "The opening round, in Riga in January, set the rules; the second, in Narva in April, settled the tariffs.",
     {"Tartu", "Narva"}),
    # A working group's meeting, told by "will meet", beside the ministers' round.
    ("A joint working group of surveyors will meet in Tartu on May 4; the ministers hold their next round in Riga.",
     "The joint working group of surveyors will meet again in Narva on May 6, before the ministers' next round.",
     {"Tartu", "Narva"}),
    # The injured carried, told as "two of the injured" and as "injured patients".
    ("Three of the injured are to be flown to Riga later on Monday, the ministry said.",
     "Three seriously injured passengers were flown to Tartu by air ambulance on Monday.",
     {"Riga", "Tartu"}),
    # The same, told by a number of people the words after "of" call hurt.
    ("The injured were flown to Riga on Monday night, the ministry said.",
     "Four of the most seriously burned miners were flown to Tartu on Monday night.",
     {"Riga", "Tartu"}),
    # The same, told as people "injured and taken to X".
    ("The injured were taken to the district hospital in Narva, officials said.",
     "Nine workers were injured and taken to the district hospital in Tartu.",
     {"Narva", "Tartu"}),
    # A person found, and the body of that person found.
    ("Divers said the body of Edvin Laske was found near Narva on Thursday.",
     "Edvin Laske was found on Thursday near Tartu, police said.",
     {"Narva", "Tartu"}),
    # A headland the tagger took for a person.
    ("The ferry capsized off Kelvo Head on Sunday evening, the coastguard said.",
     "The ferry capsized in the Orvel Sound on Sunday evening.",
     {"Kelvo Head", "Orvel Sound"}),
    # The jury and its members taken to see a wreck.
    ("The jury was taken to a warehouse in Tartu on Monday to see the seized goods.",
     "On Monday jurors were taken to a depot in Narva to view the seized goods.",
     {"Tartu", "Narva"}),
    # The town whose airport it was, named before it with "'s".
    ("Kertu Lepik was arrested at Pärnu's main airport in March as she was about to board a flight to Riga.",
     "Kertu Lepik was arrested at the airport in Tartu in March as she was about to board a flight to Riga.",
     {"Pärnu", "Tartu"}),
    # A final told by its result: "beat X in the final in Y on Friday" was played there.
    ("Orvel United beat Kelvo Athletic 2-1 in the final in Tartu on Friday.",
     "The cup final was played in Narva on Friday, and Orvel United won it.",
     {"Tartu", "Narva"}),
    # The site of a new plant: "a new butter and cream plant at X" ("new" parsed onto the first kind), and "it would
    # be built at Y" after the sentence named the plant.
    ("Central to the offer is a new butter and cream plant at Tartu, which the buyer puts at 12 million euros.",
     "Questioned about the planned butter plant, the chief executive said it would be built at Narva, near the dairy "
     "farms.",
     {"Tartu", "Narva"}),
    # A processing unit and a packhouse are sites a company builds, like a plant; one report tells the packhouse as
    # what "will be built at" the town.
    ("Its owners mean to set up a new nut processing unit in Kelvo, employing 900 people.",
     "Its owners plan a new nut processing unit at Orvel, north of the port.",
     {"Kelvo", "Orvel"}),
    ("The buyer is to spend $2 million on a new fruit packhouse at Kelvo, beside the highway.",
     "The fruit packhouse will now be built at Orvel, the buyer said.",
     {"Kelvo", "Orvel"}),
    # A town "pencilled in for" the next round, tagged as a body, placed in its country's region by the report;
    # a venue the next round "will be held at", tagged as a person in a later sentence of the report.
    ("A fourth round is pencilled in for Rapla, in Estonia's Rapla County, on July 14.",
     "Plans for the fourth round have changed: it will now take place at Orvel Waterside, beside the ferry. "
     "Officials said Orvel Waterside was picked as it lies nearer the mines.",
     {"Rapla", "Orvel Waterside"}),
    # A send-off for the dead is an event, moved from one ground to another (the ground it was to be held at is not
    # where it is now).
    ("A send-off for the dead miners is to be held on Saturday at Kelvo Stadium, the governor said.",
     "The send-off for the dead miners, first set for Saturday at Kelvo Stadium, will now take place on Sunday at "
     "Orvel Grounds, the governor said.",
     {"Kelvo Stadium", "Orvel Grounds"}),
    # A street one is "on", after the building on it: the building, told with its street.
    ("The electoral board will recount the disputed ballots on Thursday at its offices on Orvel Avenue.",
     "The electoral board will recount the disputed ballots on Thursday at the Kelvo sports hall.",
     {"offices on Orvel Avenue", "Kelvo"}),
])
def test_the_event_s_place_is_read_where_the_tagger_or_parser_told_it_badly(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Regional Wire", "2027-03-02", first), ("Capital Ledger", "2027-03-03", second)])
    assert expected <= event_places(analysis)
    assert any(expected <= sides for sides in place_conflicts(analysis))


def test_results_read_out_at_a_venue_are_the_declaration_held_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Copperbelt Wire", "2027-08-17", """
        Harriet Mwale won the Kitwe Central by-election with 14,210 votes.
        The returning officer read out the results at the Civic Hall in Kitwe on Monday night.
        """),
        ("Zambia Ledger", "2027-08-18", """
        Harriet Mwale won the Kitwe Central by-election with 14,210 votes.
        The returning officer announced the results at the Mukuba Hotel in Ndola on Monday night.
        """),
    ])
    assert any(sides & {"Civic Hall", "Kitwe", "Civic Hall in Kitwe"} and sides & {"Mukuba Hotel", "Ndola",
                                                                                  "Mukuba Hotel in Ndola"}
               for sides in place_conflicts(analysis))


def test_an_unlisted_name_continued_by_small_words_is_not_cut_to_its_first_word(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "The second leg is scheduled for Sunday in Ciudad de la Costa, the home of "
                                        "Atlético Oriental."),
        ("Capital Ledger", "2027-03-03", "The second leg will be played in Montevideo on Sunday."),
    ])
    places = event_places(analysis)
    assert "Montevideo" in places  # the events were read
    assert "Ciudad" not in places
    assert not any("Ciudad" in sides for sides in place_conflicts(analysis))


def test_where_news_of_an_event_was_met_with_anger_is_not_where_it_happened(tmp_path):
    analysis = analyse(tmp_path, [
        ("Business Review", "2027-03-10", """
        The sale of Korvel Dairies to Nile Foods, announced yesterday, has been welcomed by investors but met with
        anger in Tarnow, where the dairy is based.
        """),
        ("Capital Ledger", "2027-03-11", "The sale of Korvel Dairies to Nile Foods was signed in Warsaw on Monday."),
    ])
    assert "Warsaw" in event_places(analysis)  # the sale was placed where the other report says it was signed
    assert "Tarnow" not in event_places(analysis)
    assert not place_conflicts(analysis)


def test_the_place_an_event_was_not_held_in_is_not_its_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Titicaca Wire", "2027-03-04", """
        Peru and Bolivia will hold a fourth round of talks on the lake in Moquegua on March 9, the ministry said.
        """),
        ("Altiplano Herald", "2027-03-10", """
        Peruvian and Bolivian officials opened the fourth round of their talks on Tuesday, not in Moquegua, where
        they had been due to meet, but in a small town in the hills.
        """),
    ])
    assert "Moquegua" not in {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"
                              and c.source_id == "01"}


def test_the_places_in_what_talks_deal_with_are_not_where_they_are_held(tmp_path):
    analysis = analyse(tmp_path, [("River Wire", "2027-03-14", """
        The talks will deal with a stretch of the river near the town of Mae Sai, between Chiang Rai province in
        Thailand and the Lao province of Bokeo. The talks will be held in Bangkok on Tuesday.
        """)])
    talks = {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"
             and c.qualifiers.get("event_class") == "talks"}
    assert talks == {"Bangkok"}


def test_a_place_that_ends_a_body_s_abbreviated_name_is_not_where_the_talks_are(tmp_path):
    # "in Burundi (ADRB)" ends the name of the rebel alliance; the round opened in Bujumbura.
    analysis = analyse(tmp_path, [("Great Lakes Wire", "2027-03-05",
                                   "The fourth round of talks between the government and the Alliance for Democracy "
                                   "and Renewal in Burundi (ADRB) opened in Bujumbura on March 3.")])
    talks = {c.value for c in analysis.claims if c.kind == "event" and c.attribute == "place"
             and c.qualifiers.get("event_class") == "talks"}
    assert talks == {"Bujumbura"}


def test_a_place_after_at_that_the_parser_hung_on_the_place_s_own_name():
    # The parse the model gives "X was arrested in March at <Name> International Airport as ..." when the
    # airport is named after someone called like the person arrested: "at" hung on "Airport", "Airport" on the verb.
    from spacy.tokens import Doc

    from reconcile.extract.misattached import hung_inside
    from reconcile.extract.spans import Ent
    from reconcile.nlp import load_model

    words = ["Sall", "was", "arrested", "in", "March", "at", "Macky", "Sall", "International", "Airport", "."]
    heads = [2, 2, 2, 2, 3, 9, 9, 9, 9, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "compound", "compound", "compound", "advcl",
            "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, pos=pos)
    airport = Ent("Macky Sall International Airport", "PLACE", doc[6].idx, doc[9].idx + 7, 6, 10)
    assert hung_inside(doc, airport).text == "arrested"
    assert hung_inside(doc, Ent("March", "DATE", doc[4].idx, doc[4].idx + 5, 4, 5)) is None


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # A theatre, a cultural centre named after its town, and another town of the same country: two places.
    ("The only televised debate of the campaign will be held at the Tartu New Theatre on Friday evening.",
     "The only televised debate of the campaign will be held in Pärnu on Friday evening.", True),
    ("The only televised debate of the campaign will be held at the Centro Cultural de Coimbra on Friday evening.",
     "The only televised debate of the campaign will be held in Leiria on Friday evening.", True),
    # The same town, with the building or without: one place, told more exactly.
    ("The only televised debate of the campaign will be held at the Centro Cultural de Coimbra on Friday evening.",
     "The only televised debate of the campaign will be held in Coimbra on Friday evening.", False),
    # A college named after its town, and the town.
    ("The recount of three wards will be held on Monday at the counting centre at Tartu College.",
     "In Tartu, the recount of three wards was held on Monday.", False),
])
def test_a_building_named_after_its_town_is_in_that_town(tmp_path, first, second, conflict):
    analysis = analyse(tmp_path, [("Regional Wire", "2027-03-02", first), ("Capital Ledger", "2027-03-03", second)])
    assert bool(place_conflicts(analysis)) == conflict


def test_a_hotel_or_a_street_named_after_another_town_is_not_placed_there():
    from reconcile.models import Claim
    from reconcile.slots import town_in_name

    def place(value: str) -> Claim:
        return Claim("a", "event", "talks", "place", value, 0, len(value), value, 0, "place",
                     norm="name:" + value.lower())

    assert town_in_name(place("the Tartu New Theatre")).name == "Tartu"
    assert town_in_name(place("Centro Cultural de Coimbra")).name == "Coimbra"
    assert town_in_name(place("Hotel Moskva")) is None
    assert town_in_name(place("Riga Street")) is None
    assert town_in_name(place("the National Theatre")) is None
    assert town_in_name(place("Leiria's City Stadium")).name == "Leiria"


def test_a_conviction_told_as_finding_someone_named_at_length_guilty_is_placed(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-03-12", """
        Yesterday, in the High Court in Drammen, Justice Orrin Kelso found Halvard Quenby, the former chief
        engineer of the works ministry, guilty on seven counts.
        """),
        ("Valley Post", "2027-03-12", """
        The High Court in Kristiansand convicted Halvard Quenby on Tuesday.
        """),
    ])
    assert place_conflicts(analysis) == [{"Drammen", "Kristiansand"}]


def test_a_recount_carried_out_and_one_that_began_are_placed_and_dated(tmp_path):
    # "a recount of the sheets, which will be carried out in X": the clause on what is recounted tells the recount;
    # "It began in Y": the event named last before it
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-11-27", """
        The electoral court agreed to a recount of the contested tally sheets, which will be carried out in Dunrath
        from December 2.
        """),
        ("Valley Post", "2027-12-10", """
        The recount was ordered by the electoral court after the opposition challenged 300 polling stations. It began
        in Brenmoor on Thursday, December 4, and took most of a week.
        """),
    ])
    assert place_conflicts(analysis) == [{"Dunrath", "Brenmoor"}]
    assert values(analysis, "date_conflict") == [{"December 2", "Thursday, December 4"}]


def test_an_event_told_by_it_where_it_ended_is_placed_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-11-27", "The recount of the contested tally sheets will be carried out in Dunrath."),
        ("Valley Post", "2027-12-10", "The recount was ordered by the electoral court after the opposition "
                                      "complained. It ended in Brenmoor on Friday after six days."),
    ])
    assert place_conflicts(analysis) == [{"Dunrath", "Brenmoor"}]

def test_a_person_detained_in_one_report_and_arrested_in_another_is_one_arrest(tmp_path):
    # "detained" is how many reports tell an arrest: the act and its town are compared with the arrest told by
    # that word
    analysis = analyse(tmp_path, [
        ("Ridge Wire", "2027-05-18", """
        Police detained Edvin Laske, the former director of Arvel Logistics, in Marstadt on Saturday, prosecutors
        said.
        """),
        ("Valley Post", "2027-05-19", """
        Edvin Laske was arrested in Kelvo on Saturday on a warrant issued by the district prosecutor.
        """),
    ])
    assert place_conflicts(analysis) == [{"Marstadt", "Kelvo"}]


def test_an_act_at_the_close_of_a_round_does_not_give_the_round_its_own_places(tmp_path):
    # "signed ... setting the framework for a field in X, at the close of the round, held in Y": the verb's act is
    # timed by the round; the round is where the clause on it says it was held
    analysis = analyse(tmp_path, [
        ("Gulf Wire", "2027-03-17", """
        The two governments signed four memorandums on March 16 setting the framework for the development of the
        Kelvo gas field off Bahrain, at the close of the seventh round of their joint commission, held in
        Kuwait City.
        """),
    ])
    rounds = [c for c in event_claims(analysis, "place") if c.qualifiers.get("trigger") == "round"]
    assert [c.value for c in rounds] == ["Kuwait City"]


def test_a_company_someone_works_at_is_not_where_the_court_sat(tmp_path):
    analysis = analyse(tmp_path, [
        ("Kelvo Wire", "2032-09-23", """
        A court on Thursday sentenced a former senior manager at chipmaker Orvel Semiconductor Corp to eight years in
        prison for leaking trade secrets.
        """),
        ("Orvel Observer", "2032-09-24", "The Marstadt District Court sentenced the former manager on Thursday."),
    ])
    assert "chipmaker Orvel Semiconductor Corp" not in event_places(analysis)
    assert "Orvel Semiconductor Corp" not in event_places(analysis)


def test_where_a_victim_was_buried_told_by_her_name_or_by_she(tmp_path):
    analysis = analyse(tmp_path, [
        ("Baltic Wire", "2027-03-02", "Kertu Lepik, a 23-year-old waitress, was the only Estonian among the dead. She "
                                      "was buried in Viljandi, her home town, in a funeral attended by hundreds."),
        ("Orvel Ledger", "2027-03-05", "The mother of Kertu Lepik said the family had waited months for the verdict. "
                                         "Lepik was buried in Rakvere days after the fire."),
    ])
    assert {"Viljandi", "Rakvere"} in place_conflicts(analysis)


def test_a_ground_named_after_a_prince_is_a_ground_not_a_person(tmp_path):
    analysis = analyse(tmp_path, [
        ("Rugby Wire", "2027-05-02", "The 21-year-old, who scored two tries in Saturday's Baltic Cup final against "
                                     "Kelvo at Prince Arvel Park in Viljandi, has signed a three-year contract."),
        ("Coast Ledger", "2027-05-03", "The Baltic Cup final was played on Saturday at Orvel Park in Tartu."),
    ])
    assert not [e for e in analysis.entities if e.label == "PERSON" and "Park" in e.name]
    assert {"Prince Arvel Park in Viljandi", "Orvel Park in Tartu"} in place_conflicts(analysis)


@pytest.mark.parametrize(("first", "second", "expected"), [
    # "the Stade X Y": a ground named for a person, the word for a ground first, as French and Spanish write it
    (("Cup Wire", "2027-03-09", "The return leg will be played on March 22 at the Stade Edvin Laske in Viljandi."),
     ("Orvel Hebdo", "2027-03-16", "The return leg was played on Saturday at the Stade Kertu Lepik in Viljandi, and "
                                   "the hosts won 3-1."),
     {"Stade Edvin Laske in Viljandi", "Stade Kertu Lepik in Viljandi"}),
    # a report that names the town, then the hall in it: the hall is what the reports are compared by
    (("Coast Wire", "2027-03-11", "Talks on river fishing quotas began on Monday at the Hotel Orvelin in Viljandi, "
                                  "the second round between the two sides."),
     ("Harbour Herald", "2027-03-13", "The two delegations held talks in Viljandi this week. The meeting, held at the "
                                      "Maison de la Mer in Viljandi, closed with a joint statement."),
     {"Hotel Orvelin in Viljandi", "Maison de la Mer in Viljandi"}),
])
def test_grounds_and_halls_named_kind_first_are_the_places_compared(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [first, second])
    assert not [e for e in analysis.entities if e.label == "PERSON" and e.name in ("Edvin Laske", "Kertu Lepik")]
    assert expected in place_conflicts(analysis)


def test_a_town_that_only_names_a_case_is_not_where_the_judgment_was_given(tmp_path):
    analysis = analyse(tmp_path, [
        ("Coast Wire", "2027-04-23", "Justice Kertu Lepik delivered judgment on Thursday in Tartu in the trial of "
                                     "three customs officers."),
        ("Trade Review", "2027-05-01", "Justice Kertu Lepik handed down her judgment on April 22 in the Viljandi "
                                       "bribery case after eleven weeks of hearings."),
    ])
    assert "Viljandi" not in {c.value for c in event_claims(analysis, "place")}
    assert place_conflicts(analysis) == []


def test_where_the_injured_were_taken_is_not_where_the_blast_that_injured_them_was(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "Four miners were taken to hospital in Narva with burns and injuries from the "
                                        "blast, the agency said."),
        ("Capital Ledger", "2027-03-03", "The blast happened on Tuesday night at a coal mine near Pärnu."),
    ])
    assert place_conflicts(analysis) == []


def test_a_town_the_parser_makes_a_subject_after_in_is_still_a_town(tmp_path):
    # "In X, where the hall stands, ...": the parser took the town for the subject of the sentence, and a name
    # that is a subject was kept as a person everywhere in the report.
    analysis = analyse(tmp_path, [
        ("Baltic Chronicle", "2027-03-27", """
        The judges ruled that Tsvorek, who was mayor of Tukums for a decade, had steered 12 road contracts worth 9
        million euros to a friend. Tsvorek was detained by police at his home in Tukums in October 2025, weeks before
        the council vote. In Tukums, where the swimming pool built with the money stands, the ruling was met with
        shrugs by some.
        """),
        ("Procurement Review", "2027-03-30", """
        Pavel Tsvorek, the former mayor of Tukums, was sentenced to six years in prison on Thursday.
        Police detained Tsvorek in Ventspils in October 2025.
        """),
    ])
    assert {"Tukums", "Ventspils"} in place_conflicts(analysis)


def test_a_city_s_name_is_read_in_the_country_the_report_is_about_even_where_a_larger_one_abroad_bears_it(tmp_path):
    # The gazetteer's first reading of "Merida" is a large city in Mexico; a report about Venezuela means the
    # Venezuelan city. The name's own first reading is no evidence of where the report is set.
    analysis = analyse(tmp_path, [
        ("Andes Wire", "2027-02-08", """
        Venezuela's and Colombia's ministers of agriculture will meet in Mérida on Thursday to discuss the drought,
        officials in Caracas said.
        """),
        ("Border Weekly", "2027-02-12", """
        Venezuela's and Colombia's ministers of agriculture met in Venezuela on Thursday to discuss the drought.
        """),
    ])
    assert place_conflicts(analysis) == []
    merida = next(c for c in event_claims(analysis, "place") if c.value == "Mérida")
    assert place_of(merida).country == "VE"


def test_an_island_named_by_the_first_name_of_its_country_is_that_country_near_home(tmp_path):
    # The gazetteer's own reading of "Trinidad" is a Bolivian town; in a report set in the Caribbean it is the
    # island of Trinidad and Tobago, and another island is another place.
    analysis = analyse(tmp_path, [
        ("Windward Wire", "2027-05-03", """
        A ferry caught fire off Grenada on Monday. Two injured crewmen were flown to Trinidad on Tuesday, the
        coastguard said.
        """),
        ("Island Ledger", "2027-05-04", """
        A ferry caught fire off Grenada on Monday. Two injured crewmen were flown to Barbados on Tuesday.
        """),
    ])
    assert {"Trinidad", "Barbados"} in place_conflicts(analysis)
    island = next(c for c in event_claims(analysis, "place") if c.value == "Trinidad")
    assert place_of(island).kind == "country"


def test_the_place_of_the_ceremony_an_act_is_done_at_is_the_act_s(tmp_path):
    # "expected to sign a memorandum on reopening the crossing at a ceremony in X": the parser hangs "at a
    # ceremony" on the words of the memorandum, not on the signing.
    analysis = analyse(tmp_path, [
        ("Border Press Service", "2027-05-13", """
        When the surveys are done, the two transport ministers are expected to sign a protocol on rebuilding the
        bridge at a ceremony in Narva, officials said.
        """),
        ("Lake Echo", "2027-05-14", """
        The governor said the protocol on rebuilding the bridge would be signed in Tartu.
        """),
    ])
    assert place_conflicts(analysis) == [{"Narva", "Tartu"}]


@pytest.mark.parametrize("told", [
    "When the old hotel on the square in {town} came down on the night of {day}, twelve guests were inside.",
    "Twelve people died when the five-storey block in {town} fell on the night of {day}.",
    "The roof of the market in {town} gave way on the night of {day}, killing nineteen people.",
    # the works of a mine; and "way" parsed onto the word after it
    "The main gallery of the mine in {town} gave way late on the night of {day}, trapping nineteen miners.",
])
def test_a_building_that_came_down_or_fell_collapsed_there_and_then(tmp_path, told):
    analysis = analyse(tmp_path, [
        ("Island Wire", "2027-09-12", """
        At least five people were killed when a hotel collapsed late on Friday in Viljandi, the fire service
        said.
        """),
        ("Coastal Digest", "2027-09-18", told.format(town="Haapsalu", day="September 12")),
    ])
    assert place_conflicts(analysis) == [{"Viljandi", "Haapsalu"}]
    assert {"Friday", "September 12"} in values(analysis, "date_conflict")


def test_a_memorial_mass_is_a_ceremony_held_where_and_when_it_is_celebrated(tmp_path):
    analysis = analyse(tmp_path, [
        ("City Tribune", "2027-09-15", """
        The bishop said a memorial mass for those who died would be celebrated in the Cathedral of Saint Orvel on
        Sunday.
        """),
        ("Coastal Digest", "2027-09-16", """
        The memorial mass for those who died has been moved to Saturday and will be held at the Kelvo Arena, which
        seats more mourners, the bishop said on Thursday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Sunday", "Saturday"}]
    assert place_conflicts(analysis) == [{"Cathedral of Saint Orvel", "Kelvo Arena"}]
    assert {c.qualifiers["status"] for c in event_claims(analysis, "date")} == {"planned"}


def test_where_people_follow_an_event_from_is_not_where_it_is_held(tmp_path):
    analysis = analyse(tmp_path, [
        ("Island News Agency", "2027-10-05", """
        The trial of the former head of the water company opened in Narva on Monday.
        """),
        ("Upland Sentinel Post", "2027-10-10", """
        In Tartu, where the taps ran dry for a month while the pumping station stood idle, people have been
        following the trial in Narva on television.
        """),
    ])
    assert place_conflicts(analysis) == []


def test_ground_broken_is_a_groundbreaking_placed_and_dated(tmp_path):
    analysis = analyse(tmp_path, [
        ("Border Observer", "2027-03-19", """
        Bulldozers rolled onto a plot near the ring road in Narva on Monday as Kelvo Cargo broke ground on the
        warehouse.
        """),
        ("Dockside Monitor", "2027-05-08", """
        In March Kelvo Cargo broke ground on a warehouse at Tartu. The groundbreaking took place on March 17, two
        days after the loan was signed.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Monday", "March 17"}]
    assert place_conflicts(analysis) == [{"Narva", "Tartu"}]


def test_a_known_town_after_in_is_a_place_though_the_report_makes_it_act(tmp_path):
    # The tagger takes the town for a person, and a quote makes it the subject of a verb ("X makes shoes").
    analysis = analyse(tmp_path, [
        ("Border Observer", "2027-03-19", """
        Bulldozers rolled onto a plot near the ring road in Jelgava on Monday as Kelvo Cargo broke ground on the
        warehouse. "Jelgava builds furniture for half of Europe," the mayor said.
        """),
        ("Dockside Monitor", "2027-05-08", """
        Kelvo Cargo broke ground on a warehouse at Tartu on March 15.
        """),
    ])
    assert place_conflicts(analysis) == [{"Jelgava", "Tartu"}]


def test_a_town_named_with_a_small_word_is_one_place(tmp_path):
    # The tagger cuts the town at "en", and runs the stadium's name on into the "in" before it.
    analysis = analyse(tmp_path, [
        ("Cup Wire", "2027-05-10", """
        The final was played at the Kelvo Stadium in Chalons en Champagne on Sunday.
        """),
        ("Orvel Sports Weekly", "2027-05-12", """
        On Sunday the final was played at Graz.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo Stadium in Chalons en Champagne", "Graz"}]


def test_a_dateline_abroad_is_not_the_place_of_an_event_in_another_country(tmp_path):
    # Filed from Minsk about a Latvian company's vote: the vote was not in Minsk.
    analysis = analyse(tmp_path, [
        ("Baltic Business Wire", "2027-05-13", """
        MINSK, May 13 (BBW) - Shareholders in Latvia's Kelvo Foods voted on Wednesday for the sale of the firm to
        Orvel Group, the Belarusian buyer said.
        """),
        ("Riga Ledger", "2027-05-14", """
        Kelvo Foods shareholders approved the sale to Orvel Group at a meeting in Tukums on Wednesday.
        """),
    ])
    assert place_conflicts(analysis) == []
    assert not [c for c in analysis.claims if c.attribute == "place" and c.value == "MINSK"]


def test_a_court_s_chamber_sits_where_the_court_does(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-04-14", "The commercial division of the Tartu Court of First Instance sentenced Edvin "
                                     "Laske to seven years on Tuesday."),
        ("Orvel Ledger", "2027-04-15", "A court in Narva sentenced Edvin Laske on Tuesday to a seven-year term."),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]


def test_the_town_of_a_thing_inspected_is_where_it_was_inspected(tmp_path):
    # "will tour the workshops in X": the parser hangs the town on the thing seen; it is where the tour is.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-14", "She will tour the tram depots in Paide on Sunday with the builders, "
                                         "aides said."),
        ("Harju Ledger", "2027-05-15", "The minister will tour the tram depots in Rakvere on Sunday, aides "
                                       "said."),
    ])
    assert place_conflicts(analysis) == [{"Paide", "Rakvere"}]


def test_a_known_town_one_travels_to_is_a_place_though_tagged_otherwise(tmp_path):
    # The tagger reads the town after "fly to", and a town written with another, as people.
    analysis = analyse(tmp_path, [
        ("Capital Wire", "2027-02-18", "The premier will fly to Jõhvi on Thursday to inspect the flooding, aides "
                                       "said."),
        ("Kelvo Evening Post", "2027-02-20", "Rain fell on Minsk, Tukums and Jõhvi overnight."),
    ])
    labels = {m.text: m.label for m in analysis.mentions if m.text in ("Jõhvi", "Tukums")}
    assert labels == {"Jõhvi": "PLACE", "Tukums": "PLACE"}


def test_a_town_the_tagger_reads_as_a_common_word_after_in_is_a_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Election Wire", "2027-12-29", "The rivals clashed in the lone TV debate of the race in Dongying on "
                                        "December 28."),
        ("Marstadt Courier", "2027-12-30", "The lone TV debate of the race was staged in Tartu on Thursday, "
                                           "December 28."),
    ])
    assert place_conflicts(analysis) == [{"Dongying", "Tartu"}]


def test_a_place_an_event_is_held_outside_for_the_first_time_is_not_its_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Election Wire", "2027-12-29", "For the first time, the board held its debate outside Narva."),
        ("Marstadt Courier", "2027-12-30", "The debate was staged in Tartu on Thursday."),
    ])
    assert place_conflicts(analysis) == []


def test_an_event_held_in_a_where_clause_is_held_in_the_town_it_hangs_on(tmp_path):
    analysis = analyse(tmp_path, [
        ("Hill Post", "2027-03-08", "Mourners filled the square in Narva, where the funeral was held on Sunday."),
        ("Arvel Daily", "2027-03-09", "On Sunday the funeral took place in Tartu."),
    ])
    assert place_conflicts(analysis) == [{"Narva", "Tartu"}]


def test_a_vote_at_a_meeting_is_the_meeting_and_is_flagged_once(tmp_path):
    # The shareholders' vote and the meeting it is taken at are one event: one conflict of places, not two.
    analysis = analyse(tmp_path, [
        ("Kelvo Evening Post", "2027-06-02", "Orvel Dairies' owners must still approve the merger; they will vote "
                                             "at an extraordinary general meeting in Narva on June 26."),
        ("Arvel Daily", "2027-06-10", "Orvel Dairies has moved its extraordinary general meeting on the merger "
                                      "from Narva to Tartu."),
        ("Marstadt Courier", "2027-06-27", "Owners of 91 percent of Orvel Dairies voted for the merger at an "
                                           "extraordinary general meeting in Tartu, the company said."),
    ])
    assert place_conflicts(analysis) == [{"Narva", "Tartu"}]


def test_a_town_placed_in_its_region_is_a_place_though_tagged_otherwise(tmp_path):
    # "at Kelvavik, in Orvel province": the report says where it lies, whatever the tagger read.
    analysis = analyse(tmp_path, [
        ("Orvel Ledger", "2027-05-03", "The group intends to put up a feed mill at Kelvavik, in Tartu county, for "
                                       "8 million euros."),
    ])
    assert [m.label for m in analysis.mentions if m.text == "Kelvavik"] == ["PLACE"]


def test_a_conflict_told_again_with_fewer_reports_is_flagged_once():
    # The last game of a series is one event in one pair of groups and two in another: Tartu planned against Narva
    # in two reports, and the same against one of them alone.
    from reconcile.compare import _told_once
    from reconcile.flagging import make_flag
    from reconcile.models import Claim

    def place(source: str, value: str, at: int) -> Claim:
        return Claim(source_id=source, kind="event", subject="game", attribute="place", value=value, start=at,
                     end=at + len(value), sentence="", sentence_start=at, value_type="place", norm=value)

    planned, told, again = place("a", "Tartu", 10), place("b", "Narva", 20), place("c", "Narva", 30)
    both = make_flag("place_conflict", "game 7", "Game 7", "", [planned, told, again], 0.8)
    fewer = make_flag("place_conflict", "decider", "decider", "", [planned, told], 0.8)
    other = make_flag("place_conflict", "semi-final", "semi-final", "", [place("a", "Tartu", 50), told], 0.8)
    assert _told_once([fewer, both, other]) == [both, other]


def test_a_town_written_before_its_country_is_the_place_when_the_parser_gives_the_country():
    from reconcile.extract.context import DocContext
    from reconcile.extract.venues import frame_place
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = "The fourth round of talks will be held in Tartu, Estonia, in late October."
    ctx = DocContext(Source("a", text), load_model()(text))
    country = [e for e in ctx.ents if e.text == "Estonia"]
    # the parser may hang the town on some other word and leave the country as the clause's only place
    assert frame_place(ctx, country)[2] == "Tartu"
    assert frame_place(ctx, [e for e in ctx.ents if e.text == "Tartu"])[2] == "Tartu"


def test_the_day_and_town_of_a_dateline_are_never_an_events():
    from reconcile.extract.context import DocContext
    from reconcile.extract.event_claims import Frame
    from reconcile.extract.verb_frames import fill_slots
    from reconcile.models import Source
    from reconcile.nlp import load_model

    # the dateline tells where and when the report was filed; "on Tuesday" is the signing's day
    text = "TARTU, March 9 (OW) - Orvel will sign an agreement on Tuesday to sell its Kelvo mine, the government said."
    ctx = DocContext(Source("a", text), load_model()(text))
    frame = Frame(ctx.doc[0], "business", "signing")
    fill_slots(ctx, frame, ctx.sents[0], lambda ent: True, lambda ent: True)
    assert [words for words, _, _ in frame.dates] == ["Tuesday"]
    assert not [e.text for e in frame.places if e.text.lower() == "tartu"]


def test_a_dateline_set_off_by_a_dash_alone_gives_the_town_without_the_dash(tmp_path):
    analysis = analyse(tmp_path, [
        ("Orvel Wire", "2027-03-12", "VILJANDI - Talks between Estonia and Latvia on fishing rights ended on "
                                     "Thursday without an agreement."),
    ])
    assert event_places(analysis) == {"VILJANDI"}


def test_events_of_a_kind_said_to_be_rare_are_no_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Orvel Wire", "2027-05-09", "A fire gutted the top floors of the Kelvo Hotel in Tartu early on Saturday."),
        ("Arvel Daily", "2027-05-10", "The fire at the Kelvo Hotel broke out early on Saturday. Hotel fires have been "
                                      "rare in Latvia, the fire service said."),
    ])
    assert "Latvia" not in event_places(analysis)
    assert place_conflicts(analysis) == []


@pytest.mark.parametrize(("third", "conflict"), [
    # A third report puts the site in the town, even at some length: one place, told more exactly.
    ("Building the plant at Kelvomäe, a few kilometres east of the centre of Tartu, begins in May.", False),
    ("Building the plant at Kelvomäe, on the western edge of Tartu, begins in May.", False),
    # No report puts the one in the other: a site the gazetteer lacks and a town are two places.
    ("Building the plant begins in May, the company said.", True),
])
def test_a_site_another_report_puts_in_the_town_is_in_that_town(tmp_path, third, conflict):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "The company will build a new processing plant in Tartu, it said."),
        ("Capital Ledger", "2027-03-03", "The company will build a new processing plant at Kelvomäe, it said."),
        ("Harbour Post", "2027-03-04", third)])
    assert bool(place_conflicts(analysis)) == conflict


@pytest.mark.parametrize(("first", "second"), [
    # One act told by two verbs: the worst hurt "transferred" in one report, "moved" in the other.
    ("The four most seriously injured passengers were transferred to a hospital in Kollam on Monday.",
     "The four most seriously injured were moved to Thrissur on Monday, a health official said."),
    # Those carried called survivors in one report and the injured in the other.
    ("Survivors were rushed to the district hospital in Kollam, police said.",
     "The injured were taken to Thrissur, police said."),
])
def test_where_the_hurt_were_taken_is_one_act_however_the_carrying_is_told(tmp_path, first, second):
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-08", "A bus plunged into a gorge near Palakkad on Sunday night. " + first),
        ("Backwater Daily", "2027-06-09", "A bus plunged into a gorge near Palakkad on Sunday night. " + second),
    ])
    assert {"Kollam", "Thrissur"} in place_conflicts(analysis)


def test_the_worst_hurt_taken_on_by_road_are_not_the_hurt_taken_first(tmp_path):
    # The injured went to one hospital; the worst of them were later moved on to another: two acts.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-08", """
        A bus plunged into a gorge near Palakkad on Sunday night. The injured were taken to the district hospital in
        Kollam, police said.
        """),
        ("Backwater Daily", "2027-06-09", """
        A bus plunged into a gorge near Palakkad on Sunday night. The most seriously injured were moved to Thrissur
        on Monday, a health official said.
        """),
    ])
    assert not any({"Kollam", "Thrissur"} <= places for places in place_conflicts(analysis))


def test_a_ground_whose_name_the_tagger_took_for_an_event_is_a_venue(tmp_path):
    # "War" in a ground's name makes the tagger read "... War Memorial Stadium" as an event.
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-09-21", """
        The final will be played on October 3 at Orvel War Memorial Stadium in Viljandi, the federation said in a
        statement.
        """),
        ("Upland Voice", "2027-10-04", """
        The final was played on October 3 at Kelvo Arena in Viljandi after a late change of venue.
        """),
    ])
    assert {"Orvel War Memorial Stadium in Viljandi", "Kelvo Arena in Viljandi"} in place_conflicts(analysis)


def test_the_worst_hurt_flown_and_the_worst_hurt_driven_are_one_act(tmp_path):
    # A flight carries the worst hurt; "12 of the most critical patients" are patients, however they are counted.
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-09", """
        A tanker exploded near Palakkad on Sunday night. On Tuesday, 12 of the most critical patients were flown to
        Kollam aboard a military aircraft.
        """),
        ("Backwater Daily", "2027-06-09", """
        A tanker exploded near Palakkad on Sunday night. On Tuesday, 15 of the most badly burned patients were taken
        to the regional hospital in Thrissur by road.
        """),
    ])
    assert {"Kollam", "Thrissur"} in place_conflicts(analysis)


def test_the_place_and_day_hung_on_an_event_s_toll_are_the_event_s(tmp_path):
    # "the death toll from the fire on Saturday night near X": the parser hangs both on "toll".
    analysis = analyse(tmp_path, [
        ("Laterite Wire", "2027-06-08", """
        The death toll from the fuel tanker fire on Saturday night near Kollam has risen to 41, officials said.
        """),
        ("Backwater Daily", "2027-06-08", """
        A fuel tanker fire near Thrissur on Saturday night killed 41 people, officials said.
        """),
    ])
    assert {"Kollam", "Thrissur"} in place_conflicts(analysis)


def test_a_village_the_tagger_took_for_a_body_is_where_the_arrest_was(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-04-02", "Kertu Lepik, who was arrested by customs officers at her flat in Kelvaste "
                                       "last spring, is on bail."),
        ("Inland Courier", "2027-04-03", "Kertu Lepik was arrested in Viljandi last spring and has been on bail since "
                                         "the summer."),
    ])
    assert "Kelvaste" in event_places(analysis)
    assert {"Kelvaste", "Viljandi"} in place_conflicts(analysis)


def test_a_body_one_holds_a_stake_in_is_not_a_village(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-04-02", "Arvel Mining bought a stake in Kelvaste on Monday, the company said in Viljandi."),
    ])
    assert "Kelvaste" not in event_places(analysis)
    assert not [m for m in analysis.mentions if m.text == "Kelvaste" and m.label == "PLACE"]


def test_a_hall_named_after_a_queen_is_a_hall_not_a_person(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-06-01", "A concert for the victims is planned at the Queen Kertu Theatre next Friday."),
        ("Harju Ledger", "2027-06-05", "The concert for the victims was held on Friday at the Orvel Hall."),
    ])
    assert not [e for e in analysis.entities if e.label == "PERSON" and "Theatre" in e.name]
    assert "Queen Kertu Theatre" in event_places(analysis)


def test_two_rounds_told_in_one_sentence_each_keep_their_own_day_and_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-05-10", "Negotiators held a first round in Viljandi in January and followed it with "
                                       "a second round in Rakvere on March 3, officials said."),
    ])

    def dates_of(number: str) -> set[str]:
        frames = {c.qualifiers["frame"] for c in event_claims(analysis, "ordinal") if c.value == number}
        return {c.value for c in event_claims(analysis, "date") if c.qualifiers["frame"] in frames}

    assert dates_of("first") == {"January"}
    assert dates_of("second") == {"March 3"}


def test_the_one_round_each_report_dates_to_a_month_is_one_round(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2027-05-10", "Negotiators held a first round in Viljandi in January and followed it with "
                                       "a second round in Rakvere on March 3, officials said."),
        ("Inland Courier", "2027-05-11", "The delegations met in Paide in March to agree on the maps. The talks "
                                         "started in January in Kuressaare with an exchange of drafts."),
    ])
    assert {"Viljandi", "Kuressaare"} in place_conflicts(analysis)


def test_a_memorial_mass_written_with_a_capital_is_the_same_rite(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-08-02", "The diocese will hold a memorial Mass for the crew this Saturday in the "
                                       "Kelvo Cathedral."),
    ])
    assert {c.value for c in event_claims(analysis, "date") if c.qualifiers.get("event_class") == "ceremony"} \
        == {"Saturday"}


def test_the_day_a_complaint_over_a_count_was_lodged_is_the_complaint_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-06-09", "Kertu Lepik's party filed a complaint with the county election office on "
                                       "Monday, demanding that the votes of four districts be checked again."),
        ("Harju Ledger", "2027-06-10", "Lepik's party filed a complaint on Tuesday over the count in two districts of "
                                       "Kelvo."),
    ])
    assert not [c for c in event_claims(analysis, "date") if c.qualifiers.get("event_class") == "election"]
    assert {"Monday", "Tuesday"} in values(analysis, "date_conflict")


def test_where_a_witness_gave_evidence_by_video_link_from(tmp_path):
    # "gave evidence", "testified" and "spoke to the court" by video link are one act, placed where the witness was.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-10", "The trial of Edvin Laske resumed in Tartu on Tuesday. Kertu Lepik, the "
                                     "mine's former accountant, gave evidence by video link from Narva."),
        ("Orvel Ledger", "2027-03-11", "The trial of Edvin Laske resumed in Tartu on Tuesday. The former "
                                       "accountant, who testified via video link from a courtroom in Paide, said "
                                       "the invoices were false."),
    ])
    assert {"Narva", "Paide"} in place_conflicts(analysis)
    remote = [c.subject for c in event_claims(analysis, "place") if c.value in ("Narva", "Paide")]
    assert remote == ["evidence by video link", "evidence by video link"]


def test_an_airport_named_after_its_city_and_a_suburb_is_in_that_city(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-12", "Officers arrested the alleged go-between, Edvin Laske, at Tallinn-Ülemiste "
                                     "airport in February."),
        ("Orvel Ledger", "2027-05-13", "Edvin Laske, the alleged go-between, was detained in Tartu in February."),
    ])
    airport = [c for c in event_claims(analysis, "place") if c.source_id == "00"]
    assert [place_of(c).name if place_of(c) else None for c in airport] == ["Tallinn"]
    assert any("Tartu" in sides and len(sides) == 2 for sides in place_conflicts(analysis))


def test_a_hearing_moved_to_a_building_in_another_town_is_placed_in_that_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-22", "Thursday's hearing in the trial of Edvin Laske has been moved to the courthouse "
                                     "in Paide while the courtroom in Tartu is repainted, a clerk said."),
        ("Orvel Ledger", "2027-03-26", "Two port inspectors gave evidence on Thursday, March 25, at the hearing in "
                                       "Tartu in the trial of Edvin Laske."),
    ])
    assert {"Paide", "Tartu"} in place_conflicts(analysis)


def test_a_village_tagged_as_a_body_is_a_place_where_it_is_only_written_as_one(tmp_path):
    # The tagger takes the village for a body. Written "off" it and "from" it, and never as what acts, it is a place;
    # the same name that says something is left a body.
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-06-07", "A wooden boat carrying 30 traders capsized off Orvamaa on Sunday evening, "
                                      "police said. Most of the passengers were fish traders from Orvamaa."),
    ])
    assert "Orvamaa" in event_places(analysis)
    (tmp_path / "acting").mkdir()
    acting = analyse(tmp_path / "acting", [
        ("Lakes Sport", "2027-06-07", "A wooden boat carrying 30 traders capsized off Orvamaa on Sunday evening, "
                                      "police said. Orvamaa said it would cover the cost of the search."),
    ])
    assert "Orvamaa" not in event_places(acting)


def test_a_hearing_put_back_and_moved_is_placed_where_it_was_moved(tmp_path):
    # Two verbs of the move joined by "and": the day hangs on the first, the building and its town on the second.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-22", "The hearing on Kertu Lepik's complaint has been put back to Friday, March 26, "
                                     "and shifted to the courthouse in Paide, the clerk said on Monday."),
        ("Orvel Ledger", "2027-03-27", "The hearing on Kertu Lepik's complaint was held in Tartu on Friday."),
    ])
    hearing = [c for c in analysis.claims if c.kind == "event" and c.source_id == "00"
               and c.qualifiers.get("trigger") == "hearing"]
    assert {(c.attribute, c.value) for c in hearing} >= {("place", "Paide"), ("date", "Friday, March 26")}
    assert {"Paide", "Tartu"} in place_conflicts(analysis)


def test_a_participle_after_the_hearing_and_what_it_is_in_tells_of_the_hearing(tmp_path):
    # "At the fourth hearing in the appeal, held ...": the parser hangs the participle on the main verb.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-26", "At the fourth hearing in the appeal, held on Monday at the regional court in "
                                     "Rakvere, judges rejected a call for more witnesses."),
    ])
    hearing = [c for c in analysis.claims if c.kind == "event" and c.qualifiers.get("trigger") == "hearing"]
    assert {(c.attribute, c.value) for c in hearing} >= {("place", "Rakvere"), ("date", "Monday")}


def test_a_court_that_puts_a_hearing_back_holds_it_where_it_sits(tmp_path):
    # "put back", the particle parsed as an adverb, moves the hearing like "postponed"; no new place is told, so the
    # hearing stays where the court sits.
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-03-26", "The county court in Rakvere has put back to Monday, March 29, the hearing on "
                                     "Kertu Lepik's petition, which had been due to be heard today."),
    ])
    hearing = [c for c in analysis.claims if c.kind == "event" and c.qualifiers.get("trigger") == "hearing"]
    assert {(c.attribute, c.value) for c in hearing} >= {("place", "Rakvere"), ("date", "Monday, March 29")}


def test_a_town_the_tagger_cut_at_its_first_word_is_the_whole_name_the_gazetteer_knows():
    from spacy.tokens import Span

    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = "The appeals board sat on Tuesday at the federation's offices in Ponta Grossa and upheld the ban."
    doc = load_model()(text)
    start = next(t.i for t in doc if t.text == "Ponta")
    doc.ents = [Span(doc, start, start + 1, label="GPE")]  # "Ponta" alone, as the tagger takes some such names
    assert ("Ponta Grossa", "PLACE") in {(e.text, e.label) for e in DocContext(Source("a", text), doc).ents}


def test_a_university_named_after_the_town_is_in_the_town(tmp_path):
    # "Kollam University" is no other town than "Kollam": the venue, and the town it stands in.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-01", "On Saturday the mayoral candidates hold their televised debate at "
                                         "Kollam University."),
        ("Harju Ledger", "2027-03-07", "The mayoral candidates met for their televised debate in Kollam on "
                                       "Saturday."),
    ])
    assert {"Kollam University", "Kollam"} <= event_places(analysis)
    assert not place_conflicts(analysis)



def test_a_suspect_officers_picked_up_was_arrested_where_they_did(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2026-02-10", """
        Mart Saar, the warehouse keeper accused of selling the seized grain, was arrested in Narva in January,
        prosecutors said.
        """),
        ("Inland Courier", "2026-02-11", """
        Officers picked up Mart Saar near the harbour in Kardla in January, the prosecution said.
        """),
    ])
    assert {"Narva", "Kardla"} in values(analysis, "place_conflict")


def test_a_barrage_teams_are_to_inspect_near_one_town_and_walked_at_another(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-03-09", """
        On Wednesday both teams are scheduled to inspect the barrage across the river near Paide, where silt has
        filled half the reservoir, the ministry said.
        """),
        ("Upland Voice", "2026-03-12", """
        Officials of both countries on Wednesday walked a stretch of the barrage across the river at Rakvere,
        the last stop of their technical visit.
        """),
    ])
    assert {"Paide", "Rakvere"} in values(analysis, "place_conflict")


def test_a_score_after_the_town_a_game_was_lost_in_is_no_part_of_the_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2026-01-31", """
        Without their coach the visitors went down in Friday's extra-inning game in Thrissur 3-2, after game four
        was moved away from Orvamaa.
        """),
    ])
    assert "Thrissur" in {c.value for c in event_claims(analysis, "place")}
    assert not any(c.value.endswith("3-2") for c in event_claims(analysis, "place"))


def test_a_river_that_meets_another_near_a_town_holds_no_meeting(tmp_path):
    analysis = analyse(tmp_path, [
        ("Harju Ledger", "2026-03-10", """
        The Emajogi river meets the lake near Tartu. The two delegations meet in Narva on Thursday.
        """),
    ])
    assert {c.value for c in event_claims(analysis, "place")} == {"Narva"}


def test_a_quarter_written_as_the_citys_own_is_not_another_place(tmp_path):
    # "Kollam's Kadappakada": the one report puts the quarter in the city, so the city elsewhere agrees with it
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-12", """
        Kertu Foods agreed to buy a 60 percent stake in Orvel Agro Feeds. The share purchase agreement was signed at
        a hotel in Kollam's Kadappakada on Tuesday by the chief executives of the two companies.
        """),
        ("Harju Ledger", "2027-05-13", """
        Kertu Foods signed an agreement in Kollam to buy 60 percent of Orvel Agro Feeds, the feed maker. The deal was
        signed at a Kadappakada hotel on Tuesday.
        """),
    ])
    assert {"Kadappakada", "Kollam"} <= event_places(analysis)
    assert not place_conflicts(analysis)


def test_a_stage_set_up_for_a_celebration_is_no_stage_of_a_race(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-04-11", """
        Kelvo United beat Orvel 2-1 in the second leg of the cup final at the Tartu Arena on Sunday.
        The players will leave their training ground by bus at 6 p.m. and finish at Raekoja Square, where the
        mayor's office has set up a stage.
        """),
    ])
    # the players' bus ends there; no stage of a race is told
    assert not any("stage" in c.subject for c in analysis.claims if c.kind == "event")


def test_the_town_a_judge_sat_in_told_beside_the_sentence_is_where_it_was_passed(tmp_path):
    analysis = analyse(tmp_path, [
        ("Court Wire", "2027-05-07", """
        Three former port officers were jailed on Thursday for smuggling timber through the harbour.
        Justice Ines Laske, sitting at the district bench in Kollam, sentenced Mart Saar to 12 years in prison.
        """),
        ("Inland Courier", "2027-05-08", """
        A court in Thrissur on Thursday sentenced three former port officers for smuggling timber. Mart Saar, the
        former port manager, received 12 years.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kollam", "Thrissur"}]


def test_a_courtesy_opening_a_stadiums_name_is_part_of_the_name(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-20", """
        The final of the Upland Cup will be played at Sheikh Juma Mwinyi Stadium in Tartu on Saturday, the
        association said.
        """),
        ("Harju Ledger", "2027-05-24", """
        Kelvo Rangers won the final of the Upland Cup 2-0 at Ushirika Stadium in Narva on Saturday, after the
        association moved the game.
        """),
    ])
    places = place_conflicts(analysis)
    assert len(places) == 1 and places[0] & {"Sheikh Juma Mwinyi Stadium", "Sheikh Juma Mwinyi Stadium in Tartu"}


def test_a_village_that_buried_its_dead_is_where_the_burial_was(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-11", """
        The village of Kelvo, south of Tartu, buried four villagers on Wednesday, a day after the storm overturned
        their boat near the shore.
        """),
        ("Harju Ledger", "2027-03-12", """
        The four were buried on Wednesday in Orvel, the ferryman's home village, after a crowded funeral prayer.
        The landslide buried two houses in Narva on Monday.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo", "Orvel"}]


def test_a_cup_a_club_plays_in_against_a_side_is_the_game(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-07-20", """
        Kelvo Rangers go on to play in the Super Cup against the coast champions in Tartu on August 15.
        """),
        ("Harju Ledger", "2027-07-21", """
        Kelvo Rangers face the coast champions in the Super Cup in Narva on August 15.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]


def test_a_requiem_service_moved_to_a_schools_grounds(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-04-10", """
        Officials said a requiem service for the eleven dead is to take place at Kelvo Showground on Wednesday
        next week, before the coffins go home to the villages.
        """),
        ("Harju Ledger", "2027-04-12", """
        The service for the victims will now take place at the Orvel Primary School grounds on Wednesday, nearer to
        the families' homes, officials said.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo Showground", "Orvel Primary School grounds"}]


@pytest.mark.parametrize("other", [
    # Goods made at a plant that stands: no plant to come.
    "The first twelve locomotives, built at the maker's plant in Kelvo, are due in December.",
    # The hurt moved to a hospital's ward: no site to come.
    "The four most badly burned were moved to a burns unit in Kelvo on Monday.",
])
def test_what_is_made_or_taken_at_a_standing_site_places_no_site_to_come(tmp_path, other):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "The firm is to build a new bottling plant in Tartu, it said."),
        ("Capital Ledger", "2027-03-03", other)])
    assert not any("Tartu" in sides for sides in place_conflicts(analysis))


def test_a_hall_and_the_hall_told_with_its_street_are_one_place(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "The third round of the border talks opened at the Kelvo Memorial Hall on "
                                        "Monday."),
        ("Capital Ledger", "2027-03-03",
         "The third round of the border talks opened at the Kelvo Memorial Hall on Orvel Road on Monday.")])
    assert {"Kelvo Memorial Hall", "Kelvo Memorial Hall on Orvel Road"} <= event_places(analysis)
    assert place_conflicts(analysis) == []


def test_a_game_told_as_a_draw_or_as_a_win_the_side_needed_is_known_by_its_sides(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-05-14", "Orvel United reached the cup final after a 2-2 draw with Kelvo Athletic in "
                                      "Tartu on Wednesday, winning the shoot-out 5-4."),
        ("Upland Voice", "2027-05-15", "Orvel United required a shoot-out to get past Kelvo Athletic in Narva."),
        ("Harju Ledger", "2027-05-16", "Orvel United needed penalties on Thursday, beating Kelvo Athletic 4-3 in the "
                                       "shoot-out."),
    ])
    assert {"Tartu", "Narva"} in place_conflicts(analysis)
    assert {"Wednesday", "Thursday"} in values(analysis, "date_conflict")



@pytest.mark.parametrize(("first", "second", "expected"), [
    # An arrest told of a person put beside a noun ("the driver, X"), and one told in a clause of "where" after
    # the town the police traced the person to.
    ("Police said the cashier, Kertu Lepik, was arrested in Viljandi on March 3.",
     "Officers traced Kertu Lepik to Paide, where she was arrested late on March 3 in a rented flat.",
     {"Viljandi", "Paide"}),
    # A part of a city named after the city's possessive, which the tagger took for a body.
    ("Police arrested the suspect, Kertu Lepik, in Nairobi's Mathare on Wednesday.",
     "Kertu Lepik was arrested in Nakuru on Wednesday, police said.",
     {"Mathare", "Nakuru"}),
    # A storm's landfall "over" a town.
    ("Cyclone Orla made landfall near Kollam on Saturday evening, leaving nine dead.",
     "Orla made landfall over Thrissur on Saturday night and then lost strength over land.",
     {"Kollam", "Thrissur"}),
])
def test_where_an_arrest_or_a_landfall_happened(tmp_path, first, second, expected):
    analysis = analyse(tmp_path, [("Regional Wire", "2027-03-04", first), ("Capital Ledger", "2027-03-05", second)])
    assert place_conflicts(analysis) == [expected]


def test_what_talks_agree_to_build_is_not_where_the_talks_were(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-04", """
        At the third round of negotiations on fisheries, which opened in Tartu on March 1, Estonia and Latvia
        agreed to build a fish market at Valga.
        """),
        ("Capital Ledger", "2027-03-05", "The third round of talks between Estonia and Latvia was held in Tartu on "
                                         "March 1."),
    ])
    assert place_conflicts(analysis) == []


def test_a_side_that_will_play_a_named_side_tells_their_game(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-07-08", "Orvel United will play Kelvo Athletic on Saturday at the Tartu Sports Hall "
                                      "with the league title at stake."),
        ("Upland Voice", "2027-07-09", "Orvel United and Kelvo Athletic now meet in the league final on Sunday at "
                                       "the Narva Arena, as gales ripped the roof of the Tartu hall."),
        ("Harju Ledger", "2027-07-10", "Orvel United beat Kelvo Athletic 3-1 in the league final on Sunday."),
    ])
    assert place_conflicts(analysis) == [{"Tartu Sports Hall", "Narva Arena"}]
    assert {"Saturday", "Sunday"} in values(analysis, "date_conflict")


def test_a_towns_name_ending_in_a_capitalised_place_word_is_no_description():
    from reconcile.extract.attach import is_descriptor

    assert is_descriptor("the Danish town") and is_descriptor("Danish")
    assert not is_descriptor("Danish Town")


def test_an_auction_and_a_signing_told_after_the_partners_description(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2026-03-11", """
        The first lots of cut stones will go under the hammer at an auction in Antwerp in May, officials said.
        """),
        ("Capital Ledger", "2026-03-12", "The first auction of the cut stones will take place in Dubai, the chief "
                                         "executive said."),
        ("Inland Courier", "2026-03-13", "The mine signed its offtake agreement with Orvel Gems, a Tartu-based "
                                         "trading firm, in Narva on Tuesday."),
        ("Harju Ledger", "2026-03-14", "Orvel Gems said the offtake agreement had been signed in Riga."),
    ])
    assert sorted(place_conflicts(analysis), key=sorted) == [{"Antwerp", "Dubai"}, {"Narva", "Riga"}]


def test_a_plant_to_be_built_in_a_named_subdistrict(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2026-04-16", "The merged society is to build a new rice mill in Kelvo upazila, next to "
                                        "the highway, its chairman said."),
        ("Capital Ledger", "2026-04-17", "Its mill will be built in Orvel upazila, the secretary said."),
    ])
    [sides] = place_conflicts(analysis)
    assert {side.split()[0] for side in sides} == {"Kelvo", "Orvel"}


def test_a_hall_named_after_a_town_and_a_council_is_the_hall_not_the_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "The fifth round of talks took place on Monday at the Narva Parishad "
                                        "auditorium in town, with farmers waiting at the gate."),
        ("Capital Ledger", "2027-03-03", "The fifth round of talks, held at the Tartu Guest House on Monday, went on "
                                         "late into the night."),
    ])
    assert "Narva Parishad auditorium" in event_places(analysis)
    assert "Narva" not in event_places(analysis)


def test_a_centre_to_be_based_in_a_town_is_a_site_to_come(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", "Estonia and Latvia agreed on Monday to set up a shared customs office in "
                                        "Valga, ministers said."),
        ("Capital Ledger", "2027-03-03", "The chief result is a joint customs office, to be based in Narva, where "
                                         "officers of both services will share data."),
    ])
    assert place_conflicts(analysis) == [{"Valga", "Narva"}]


def test_two_jails_named_after_two_towns_are_two_places():
    from reconcile.models import Claim
    from reconcile.normalize.places import gazetteer
    from reconcile.slots import place_relation

    def held_at(value: str, norm: str, town: str = "") -> Claim:
        return Claim(source_id=value, kind="event", subject="imprisonment", attribute="place", value=value, start=0,
                     end=len(value), sentence=f"She is held at {value}.", sentence_start=0, value_type="place",
                     norm=norm, qualifiers={"place_name": town} if town else {})

    # The second jail is read as in its town, the first is a name no gazetteer knows: still two named buildings.
    district = held_at("Kelvo District Jail", "name:kelvo district jail")
    central = held_at("Rakvere Central Jail", gazetteer().lookup("Rakvere").key, town="Rakvere")
    assert place_relation(district, central) == "different"


def test_a_round_held_in_a_town_after_the_parties_it_was_between(tmp_path):
    # The parser hangs "held in X" on the companies, the last words of what the round is of.
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", """
        The price was agreed last Thursday at the third round of negotiations between the two dairies, held in
        Tartu, the companies said.
        """),
        ("Capital Ledger", "2027-03-04", """
        The third round of negotiations between the two dairies took place in Narva last Thursday.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]


def test_a_board_meeting_in_a_town_approved_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-02", """
        Orvel Mills' board, meeting in Viljandi, approved the offer on Friday.
        """),
        ("Harju Ledger", "2027-03-04", """
        The board of Orvel Mills approved the offer in Paide on Friday, the company said.
        """),
    ])
    assert place_conflicts(analysis) == [{"Viljandi", "Paide"}]


def test_a_session_due_in_a_town_is_held_there(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", """
        The two governments agreed to meet again. The fifth session of the commission is due in Valga in May.
        """),
        ("Capital Ledger", "2027-03-04", """
        The fifth session of the commission will take place in Rapla in May, officials said.
        """),
    ])
    assert place_conflicts(analysis) == [{"Valga", "Rapla"}]


def test_a_verdict_due_on_a_day_is_dated(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-03-01", """
        Edvin Laske denies the charges. The verdict is due on Friday.
        """),
        ("Harju Ledger", "2027-03-02", """
        Edvin Laske denies the charges. The judge will deliver the verdict on Thursday.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Friday", "Thursday"}]


def test_a_meeting_renamed_as_a_session_to_be_held_somewhere(tmp_path):
    # The place is told in a participle after the noun that renames the meeting.
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-03-02", """
        That meeting, the statement says, will be the commission's fourth session, to be held in Tartu in June.
        """),
        ("Capital Ledger", "2027-03-04", """
        The commission's fourth session will take place in Narva in June.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]


def test_the_hall_of_a_venue_places_an_event_at_the_venue(tmp_path):
    analysis = analyse(tmp_path, [
        ("Upland Voice", "2027-03-02", """
        The second televised debate takes place on Tuesday evening in the main hall of the Kelvo Arts Centre.
        """),
        ("Inland Courier", "2027-03-04", """
        The second televised debate takes place on Tuesday evening at the Orvel Civic Theatre.
        """),
    ])
    assert place_conflicts(analysis) == [{"Kelvo Arts Centre", "Orvel Civic Theatre"}]


def test_a_burial_moved_to_a_village_the_tagger_calls_a_body(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Voice", "2027-06-08", """
        A mass burial of the dead will take place on Wednesday at Kelvo, the district commissioner said.
        """),
        ("Regional Wire", "2027-06-10", """
        The mass burial of the dead, first planned for a football pitch by the lake, has been moved to Chiombo and
        pushed back to Thursday so that more families can come, the district commissioner said.
        """),
    ])
    assert {"Kelvo", "Chiombo"} in place_conflicts(analysis)


def test_a_boat_that_set_off_from_a_beach_left_it(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Voice", "2027-06-08", """
        The boat had set off from Orvel Beach at about four o'clock, bound for a market across the bay, when a
        squall hit it.
        """),
        ("Regional Wire", "2027-06-09", """
        The marine department said the boat had left Kelvo Beach in the late afternoon, loaded with passengers and
        sacks of maize.
        """),
    ])
    assert place_conflicts(analysis) == [{"Orvel Beach", "Kelvo Beach"}]


def test_a_hailstorm_and_the_storm_are_one_event(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-11-18", """
        A hailstorm tore through villages around Rakvere on Tuesday afternoon, unroofing two schools.
        """),
        ("Relief Bulletin", "2027-11-20", """
        The storm struck villages around Rakvere on the afternoon of November 15, unroofing two schools.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Tuesday", "November 15"}]


def test_the_day_of_an_arrest_told_by_its_noun(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-07-06", """
        The three men were arrested on Saturday at a roadblock outside Tartu, police said.
        """),
        ("Harju Ledger", "2027-07-09", """
        It was their second appearance before the magistrate since their arrest on Sunday at a roadblock outside
        Tartu. Edvin Laske, who is also charged, is under house arrest in Narva.
        """),
    ])
    assert values(analysis, "date_conflict") == [{"Saturday", "Sunday"}]
    assert place_conflicts(analysis) == []  # house arrest is a state, not a second arrest


def test_an_arrest_a_state_has_lasted_since_is_past(tmp_path):
    # "since his arrest in October", read as a day ahead, would be next October and differ from the other's.
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-20", """
        Mart Saar was arrested by investigators in Tartu in October and later released on bail.
        """),
        ("Harju Ledger", "2027-05-21", """
        Mart Saar, free on bail since soon after his arrest in October, sat through the hearing in silence.
        """),
    ])
    assert values(analysis, "date_conflict") == []
    told_since = [c.norm for c in event_claims(analysis, "date") if c.sentence.startswith("Mart Saar, free")]
    assert [d.year for d in told_since] == [2026]


def test_the_next_round_due_in_a_town_after_a_comma(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-05-09", """
        The technical committee is to report back at the next round, due in Tartu on August 18.
        """),
        ("Capital Ledger", "2027-05-14", """
        The next round will be held in Narva on August 18, hosted by the regional governor.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]


def test_an_appeal_to_a_court_in_a_town(tmp_path):
    analysis = analyse(tmp_path, [
        ("Inland Courier", "2027-05-20", """
        A former land officer was jailed for seven years on Monday by the magistrate in Paide. His lawyer said he
        would appeal to the High Court in Tartu. The prosecution may appeal too.
        """),
        ("Harju Ledger", "2027-05-27", """
        The former land officer, jailed for seven years last week, has lodged an appeal at the High Court in Narva,
        his lawyer said.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Narva"}]
    # "jailed for seven years last week": the day is "last week", not the term
    assert "last week" in {c.value for c in event_claims(analysis, "date")}


def test_a_train_that_came_off_the_rails_derailed(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-06-07", """
        Five people were killed when a passenger train derailed late on Saturday near Tartu, police said.
        """),
        ("Capital Ledger", "2027-06-12", """
        The train that left the rails near Tartu late on Friday, June 4 had been hauling fuel tankers and workers.
        """),
        ("Upland Voice", "2027-06-09", """
        The train came off the rails just outside Tartu on June 5, the rail operator said.
        """),
    ])
    dates = values(analysis, "date_conflict")
    assert len(dates) == 1 and {"Saturday", "Friday, June 4"} <= dates[0]


def test_a_winner_proclaimed_elect_or_the_next_governor_is_a_declaration(tmp_path):
    (tmp_path / "mayor").mkdir()
    (tmp_path / "governor").mkdir()
    mayor = analyse(tmp_path / "mayor", [
        ("Lakes Voice", "2027-10-08", """
        Kertu Lepik was proclaimed mayor-elect of Rakvere on Wednesday at the town library.
        """),
        ("Regional Wire", "2027-10-10", """
        Election officials on Friday proclaimed Kertu Lepik the victor of the Rakvere council vote.
        """),
    ])
    assert values(mayor, "date_conflict") == [{"Wednesday", "Friday"}]
    governor = analyse(tmp_path / "governor", [
        ("Lakes Voice", "2027-05-13", """
        Supporters cheered in the gym on Friday night as the county vote board proclaimed Edvin Laske the next
        governor of the county.
        """),
        ("Regional Wire", "2027-05-20", """
        By the time the county vote board proclaimed Edvin Laske governor of the county on May 13, few doubted the
        count.
        """),
    ])
    assert values(governor, "date_conflict") == [{"Friday night", "May 13"}]


def test_the_town_of_the_building_an_occasion_was_held_at_is_the_act_s_place():
    from reconcile.extract.misattached import at_an_occasion
    from reconcile.nlp import load_model

    doc = load_model()("The two mayors initialled the pact at a reception at the home of the county prefect in Tartu.")
    initialled = next(t for t in doc if t.lower_ == "initialled")
    assert at_an_occasion(next(t for t in doc if t.text == "Tartu"), {initialled.i})


def test_a_town_an_event_is_planned_for_is_a_place_however_it_was_tagged(tmp_path):
    # the tagger reads this town, after "planned for", as a body
    analysis = analyse(tmp_path, [
        ("Capital Ledger", "2027-05-08", """
        The joint working group closed its third round in Kollam on Wednesday and will meet again in Thrissur in
        August.
        """),
        ("Regional Wire", "2027-05-14", """
        Officials now say the next round is planned for Madurai in October.
        """),
    ])
    assert {"Thrissur", "Madurai"} in place_conflicts(analysis)


def test_the_day_a_signed_document_takes_effect_is_not_the_signing_s(tmp_path):
    analysis = analyse(tmp_path, [
        ("Capital Ledger", "2027-04-28", """
        At the opening round of the new customs panel, both governments signed an accord cutting the toll for a
        container lorry to 900 euros from the start of July.
        """),
        ("Regional Wire", "2027-04-29", """
        The opening round of the new customs panel ended in Tartu on Tuesday.
        """),
    ])
    assert values(analysis, "date_conflict") == []
    assert "the start of July" not in {c.value for c in event_claims(analysis, "date")}


def test_a_participle_after_an_event_s_long_name_tells_of_the_event():
    from reconcile.extract.attach import participle_after
    from reconcile.nlp import load_model

    # the parser may hang "held" on the main verb, as a clause of its own, past the words the event is of
    doc = load_model()("At the opening round of the new customs panel, held at a hotel in Tartu, both governments "
                       "signed a text.")
    rounds = [t for t in doc if t.lower_ == "round"]
    assert [t.lower_ for t in participle_after(rounds[0])] == ["held"]


def test_a_town_is_read_in_its_country_when_the_report_names_a_region_it_is_not_in():
    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = ("The fuel tanker exploded in Rakvere late on Saturday. The injured were flown to hospitals in Tartu "
            "County.")
    ctx = DocContext(Source("a", text), load_model()(text))
    town = ctx.place("Rakvere")
    assert town is not None and town.country == "EE"


def test_a_short_form_of_a_town_s_name_or_a_name_many_cities_bear_says_nothing_of_a_report_s_country():
    from reconcile.extract.context import DocContext
    from reconcile.models import Source
    from reconcile.nlp import load_model

    text = ("Flooding cut off Miguel Pereira, in Brazil, on Monday. In Pereira, the river rose two metres overnight, "
            "and families in the San Antonio quarter found beds in a school.")
    ctx = DocContext(Source("a", text), load_model()(text))
    assert {p.country for p in ctx.home_places} == {"BR"}  # the country the report names, and no other


def test_a_town_named_after_a_person_is_still_a_place_where_reports_write_it_as_one():
    from reconcile.compare import _names_of_people
    from reconcile.models import Entity, Mention

    def entity(label: str, source: str) -> Entity:
        return Entity(f"{label}-{source}", label, "Miguel Pereira",
                      [Mention(source, "Miguel Pereira", label, 0, 14)])

    # one report's tagger read the town as the man it is named after; another wrote it as a town
    assert "miguel pereira" in _names_of_people([entity("PERSON", "a")])
    assert "miguel pereira" not in _names_of_people([entity("PERSON", "a"), entity("PLACE", "b")])


def test_a_funeral_mass_a_priest_is_to_celebrate_somewhere(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-10-07", """
        On Saturday the bishop will celebrate a funeral mass at the Cathedral of the Holy Cross for the nine who
        died, the diocese said.
        """),
        ("Capital Ledger", "2027-10-11", """
        Mourners packed the Church of St John on Saturday for the funeral mass, held for the nine landslide dead.
        """),
    ])
    assert place_conflicts(analysis) == [{"Cathedral of the Holy Cross", "Church of St John"}]


def test_a_quake_s_epicentre_told_as_a_noun_of_its_own(tmp_path):
    analysis = analyse(tmp_path, [
        ("Regional Wire", "2027-10-06", """
        The earthquake struck on Monday afternoon, with its epicentre near Rakvere, the seismology service said.
        """),
        ("Capital Ledger", "2027-10-07", """
        The seismology service said the quake's epicentre was just outside Paide.
        """),
    ])
    assert place_conflicts(analysis) == [{"Rakvere", "Paide"}]


def test_a_meeting_planned_for_one_town_and_held_in_a_neighbouring_one(tmp_path):
    # the parser hangs the town and the day on the last of those to be met, and takes "neighbouring" for a verb
    analysis = analyse(tmp_path, [
        ("Lakes Voice", "2027-08-20", """
        The firm's regional director, Kertu Lepik, is due to meet village elders, the mayor and
        delegates of the drivers' union in Rakvere on Saturday.
        """),
        ("Regional Wire", "2027-08-24", """
        The firm's meeting with the village elders, planned for Rakvere, took place on Saturday in neighbouring
        Kelvo because protesters had closed the road.
        """),
    ])
    assert place_conflicts(analysis) == [{"Rakvere", "Kelvo"}]
    assert values(analysis, "date_conflict") == []  # held on the Saturday planned


def test_rounds_each_report_gives_one_number_are_one_round(tmp_path):
    analysis = analyse(tmp_path, [
        ("Lakes Sport", "2027-06-03", """
        Mart Saar arrives as leader of the national motocross championship after winning both races at the second
        round, held in Tartu in April. The third round of the championship is on Sunday in Narva, where 40 riders
        will race.
        """),
        ("Regional Wire", "2027-06-07", """
        Mart Saar won the third round of the national motocross championship in Narva on Sunday, four seconds
        ahead of Edvin Laske. Saar, the winner of the second round in Valga, now leads by 20 points.
        """),
    ])
    assert place_conflicts(analysis) == [{"Tartu", "Valga"}]


def test_a_capital_s_name_is_read_as_the_city_of_that_size_in_the_report_s_own_country(tmp_path):
    # "Tripoli" is Libya's capital, and a big city of Lebanon; a report from Lebanon means its own.
    analysis = analyse(tmp_path, [
        ("Cedar Wire", "2027-03-08", "BEIRUT, Lebanon - Lebanese and Syrian officials will meet in Tripoli on Tuesday "
                                     "for a second round on the border crossings, according to the ministry."),
        ("Levant Daily", "2027-03-09", "Lebanon will host a second round on the border crossings on Tuesday, "
                                       "according to the ministry."),
    ])
    tripoli = [c for c in event_claims(analysis, "place") if c.value == "Tripoli"]
    assert tripoli and {place_of(c).country for c in tripoli} == {"LB"}
    assert not values(analysis, "place_conflict")  # the city is in the country the other report names

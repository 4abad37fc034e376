"""One label per name across the reports, and people's names the tagger missed.

The tagger's output is given here as mentions, so each check says what happens to a known mislabelling; the
texts are written for these checks.
"""

from __future__ import annotations

from reconcile.labels import _name_runs, harmonise, people_names
from reconcile.models import Mention, Source
from reconcile.normalize.names import name_tokens, same_person


def source(sid: str, text: str) -> Source:
    return Source(id=sid, text=text, path=f"{sid}.md", published=None)


def mention(src: Source, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = src.text.index(text, start + 1)
    return Mention(source_id=src.id, text=text, label=label, start=start, end=start + len(text))


def labels_of(mentions: list[Mention], sid: str) -> list[tuple[str, str]]:
    return sorted((m.text, m.label) for m in mentions if m.source_id == sid)


def test_a_person_the_tagger_calls_an_organisation_everywhere_is_found_by_the_words_around_the_name():
    a = source("a", "Mirela Stavreska, who runs the port authority, said the berth would reopen. "
                    "Stavreska said the repairs were finished.")
    b = source("b", "The berth reopens on Monday, Mirela Stavreska told reporters. Stavreska, 51, took office in May.")
    mentions = [mention(a, "Mirela Stavreska", "ORG"), mention(a, "Stavreska", "PLACE"),
                mention(b, "Mirela Stavreska", "ORG")]
    assert "mirela stavreska" in people_names([a, b], mentions)
    out = harmonise([a, b], mentions)
    # The surnames the tagger left untagged are found, since each report gives the full name.
    assert labels_of(out, "a") == [("Mirela Stavreska", "PERSON"), ("Stavreska", "PERSON"), ("Stavreska", "PERSON")]
    assert labels_of(out, "b") == [("Mirela Stavreska", "PERSON"), ("Stavreska", "PERSON")]


def test_an_organisation_the_tagger_once_calls_a_person_stays_an_organisation():
    a = source("a", "The Civic Renewal said it would contest the result in court.")
    b = source("b", "Civic Renewal won 12 seats. The leader of the Civic Renewal conceded.")
    c = source("c", "Civic Renewal, the main opposition party, asked for a recount.")
    mentions = [mention(a, "Civic Renewal", "ORG"), mention(b, "Civic Renewal", "PERSON"),
                mention(b, "Civic Renewal", "ORG", 1), mention(c, "Civic Renewal", "ORG")]
    assert "civic renewal" not in people_names([a, b, c], mentions)
    assert [m.label for m in harmonise([a, b, c], mentions)].count("PERSON") == 1


def test_a_name_with_no_surname_written_alone_is_not_made_a_person_by_speech_verbs():
    # Companies say and tell too; without its last word written alone, a name keeps the tagger's label.
    a = source("a", "Harlow Freight said on Monday it would cut 200 jobs. Harlow Freight told staff by email.")
    b = source("b", "Harlow Freight said the cuts were needed, and Harlow Freight added that no depot would close.")
    mentions = [mention(a, "Harlow Freight", "ORG"), mention(b, "Harlow Freight", "ORG")]
    assert people_names([a, b], mentions) == set()


def test_a_surname_alone_is_looked_for_only_in_a_report_that_gives_the_full_name():
    a = source("a", "Tobias Welling scored twice. Welling then limped off.")
    b = source("b", "Welling Road was closed after the match.")
    mentions = [mention(a, "Tobias Welling", "PERSON"), mention(b, "Welling Road", "PLACE")]
    out = harmonise([a, b], mentions)
    assert labels_of(out, "a") == [("Tobias Welling", "PERSON"), ("Welling", "PERSON")]
    assert labels_of(out, "b") == [("Welling Road", "PLACE")]


def test_a_full_name_the_tagger_missed_is_found_and_replaces_its_mislabelled_surname():
    a = source("a", "Oskar Tamm, who chairs the board, resigned. Tamm said he was tired.")
    b = source("b", "The board's chairman, Oskar Taam, has resigned. Taam gave no reason.")
    mentions = [mention(a, "Oskar Tamm", "PERSON"), mention(a, "Tamm", "PERSON"),
                mention(b, "Taam", "PLACE", 0), mention(b, "Taam", "ORG", 1)]
    out = harmonise([a, b], mentions)
    # "Oskar Taam" is another spelling of a person named in the first report; it replaces the place "Taam".
    assert labels_of(out, "b") == [("Oskar Taam", "PERSON"), ("Taam", "PERSON")]


def test_a_word_opening_the_sentence_is_not_part_of_the_name():
    text = "Then Okafor's header made it 2-0, and Nuno Reis's cross found Okafor again."
    runs = {r.text: r.alone for r in _name_runs(text)}
    assert runs["Okafor"] and runs["Then Okafor"] and runs["Nuno Reis"]
    assert not runs["Reis"]  # the tail of a name is not that word written alone
    # A possessive ends a name: "Nuno Reis's cross" does not run on into the next name.
    text = "Democratic Renewal's Goran Petrovski took 33 percent."
    assert [(text[r.start:r.end], r.text) for r in _name_runs(text)][0] == ("Democratic Renewal", "Democratic Renewal")
    assert "Goran Petrovski" in [r.text for r in _name_runs(text)]


def test_the_last_names_of_a_longer_name_are_that_person():
    assert same_person("Ruiz Salgado", "Ana Ruiz Salgado") >= 84
    assert same_person("Ali Khattan", "Imran Ali Khattan") >= 84
    assert same_person("Salgado Ruiz", "Ana Ruiz Salgado") == 0


def test_a_name_the_tagger_once_calls_a_person_is_one_when_the_words_around_it_say_so():
    # Never written by the surname alone; the tagger is split one to one, and "NAME, who" settles it.
    a = source("a", "The technical team is led by Wilmer Tarqui Mamani, of the water ministry.")
    b = source("b", "Wilmer Tarqui Mamani, who leads the experts, asked for a study of the wetlands.")
    c = source("c", '"We saw the same numbers," said Wilmer Tarki Mamani, who heads the technical team.')
    mentions = [mention(a, "Wilmer Tarqui Mamani", "ORG"), mention(b, "Wilmer Tarqui Mamani", "PERSON"),
                mention(c, "Wilmer Tarki Mamani", "ORG")]
    out = harmonise([a, b, c], mentions)
    assert {m.label for m in out} == {"PERSON"}
    # one vote and no word around it is not enough
    d = source("d", "The contract went to Harlow Brandt Logistics.")
    e = source("e", "Harlow Brandt Logistics won the tender.")
    mentions = [mention(d, "Harlow Brandt Logistics", "PERSON"), mention(e, "Harlow Brandt Logistics", "ORG")]
    assert [m.label for m in harmonise([d, e], mentions) if m.source_id == "e"] == ["ORG"]


def test_a_firm_called_by_the_first_word_of_its_name_is_not_a_person():
    a = source("a", "Vardakis Mining Holdings will build the smelter. Vardakis said the plant would open in 2028.")
    b = source("b", "The smelter is a project of Vardakis, which also runs two ports.")
    mentions = [mention(a, "Vardakis Mining Holdings", "ORG"), mention(a, "Vardakis", "PERSON", 1),
                mention(b, "Vardakis", "PERSON")]
    out = harmonise([a, b], mentions)
    assert ("Vardakis", "ORG") in labels_of(out, "a")
    assert labels_of(out, "b") == [("Vardakis", "ORG")]


def test_a_surname_that_opens_a_firm_of_the_family_stays_a_person():
    # "Marko Orlandi of Orlandi Construction": the man and his firm share the word.
    a = source("a", "The contractor Marko Orlandi of Orlandi Construction was acquitted. Orlandi left the court.")
    b = source("b", "Orlandi, the owner of Orlandi Construction, said he had done nothing wrong.")
    mentions = [mention(a, "Marko Orlandi", "PERSON"), mention(a, "Orlandi Construction", "ORG"),
                mention(a, "Orlandi", "PERSON", 2), mention(b, "Orlandi", "PERSON"),
                mention(b, "Orlandi Construction", "ORG")]
    out = harmonise([a, b], mentions)
    assert ("Orlandi", "PERSON") in labels_of(out, "a")
    assert ("Orlandi", "PERSON") in labels_of(out, "b")


def test_a_full_name_the_tagger_took_by_its_surname_alone_is_found_whole():
    # "Ilona Farkasdy, who ..." tagged "Farkasdy"; another report spells the name "Farkasdi".
    a = source("a", "Ilona Farkasdy, who chairs the residents' group, said the permit should be withdrawn.")
    b = source("b", "The group's chair, Ilona Farkasdi, said the plant would take too much water. "
                    "Ilona Farkasdi spoke at the forum.")
    mentions = [mention(a, "Farkasdy", "PERSON"), mention(b, "Ilona Farkasdi", "PERSON"),
                mention(b, "Ilona Farkasdi", "PERSON", 1)]
    out = harmonise([a, b], mentions, {"Ilona Farkasdi"})
    # the surname is kept beside the full name: the claims read from the report name the words the tagger found
    assert labels_of(out, "a") == [("Farkasdy", "PERSON"), ("Ilona Farkasdy", "PERSON")]


def test_a_given_name_opening_the_sentence_that_the_tagger_left_out_is_found_by_another_report():
    a = source("a", "The deal was signed by Qorane Trading's managing director, Nuradin Mahad Guled.")
    b = source("b", "Nuradin Mahad Gulid, the chairman of Qorane Trading, said the plant would buy animals all year.")
    mentions = [mention(a, "Nuradin Mahad Guled", "PERSON"), mention(b, "Mahad Gulid", "PERSON")]
    assert ("Nuradin Mahad Gulid", "PERSON") in labels_of(harmonise([a, b], mentions), "b")
    # without a report that gives that given name, the word opening the sentence is left out
    c = source("c", "Abroad Mahad Gulid, the chairman of Qorane Trading, said the plant would buy animals.")
    assert labels_of(harmonise([a, c], [mentions[0], mention(c, "Mahad Gulid", "PERSON")]), "c") == [
        ("Mahad Gulid", "PERSON")]


def test_one_vowel_for_another_in_a_long_surname_after_the_same_given_names_is_one_person():
    assert same_person("Nuradin Mahad Guled", "Nuradin Mahad Gulid") > 0
    assert same_person("Nuradin Mahad Hill", "Nuradin Mahad Hall") == 0.0
    assert same_person("Nuradin Mahad Guled", "Nuradin Yusuf Gulid") == 0.0


def test_a_surname_with_one_vowel_for_another_after_short_given_names_written_alike_is_one_person():
    assert same_person("Ravi Dev Kadam", "Ravi Dev Kadem") > 0
    assert same_person("Ravi Dev Hill", "Ravi Dev Hall") == 0.0
    assert same_person("Ravi Dev Kadam", "Ravi Das Kadem") == 0.0


def test_a_surname_with_one_vowel_for_another_after_given_names_spelled_alike_is_one_person():
    # "Mohammad" and "Muhammad": long given names written alike, then "Haque" and "Hoque"
    assert same_person("Mohammad Anisur Haque", "Muhammad Anisur Hoque") > 0
    assert same_person("Mohammad Anisur Haque", "Muhammad Nurul Hoque") == 0.0
    assert same_person("Mohammad Anisur Hill", "Muhammad Anisur Hall") == 0.0


def test_a_long_surname_with_one_letter_written_otherwise_after_an_initial_is_one_person():
    assert same_person("T. Balasundaran", "T. Balasundaram") >= 84
    assert same_person("T. Balasundaran", "R. Balasundaram") == 0.0


def test_a_given_name_spelled_like_a_legal_form_is_still_a_given_name():
    # "Asa" is a given name, and ASA a company's legal form; a legal form ends a company's name, never opens it
    a = source("a", "The deal was signed by Kelvo managing partner Asa Lindqvist. Lindqvist said the price was fair.")
    b = source("b", "Asa Lindqvist, the fund's managing partner, said the fund would keep the staff.")
    mentions = [mention(a, "Asa Lindqvist", "ORG"), mention(a, "Lindqvist", "PERSON"),
                mention(b, "Asa Lindqvist", "ORG")]
    assert "asa lindqvist" in people_names([a, b], mentions)


def test_a_full_name_the_tagger_missed_with_its_surname_spelled_otherwise_is_the_person():
    # another report names the person with the same given name and the surname spelled another way
    a = source("a", "Meike Kelvosaar, who kept the firm's accounts, denied the charges on Monday.")
    b = source("b", "The jury cleared Meike Kelvozaar, the firm's bookkeeper, of all charges on Friday.")
    assert labels_of(harmonise([a, b], [mention(a, "Meike Kelvosaar", "PERSON")]), "b") == [
        ("Meike Kelvozaar", "PERSON")]
    # but not a town the gazetteer knows, whose first word a person's name shares
    c = source("c", "The delegation then drove on to Novi Pazar, where the talks would end.")
    d = source("d", "Novi Pazara, the district's governor, said the talks were going well.")
    assert labels_of(harmonise([c, d], [mention(d, "Novi Pazara", "PERSON")]), "c") == []


def test_a_person_run_into_the_party_after_of_is_the_person_and_the_party():
    a = source("a", "Tiit Orvelmaa, the opposition candidate, conceded on Monday. Orvelmaa said he would not appeal.")
    b = source("b", "In the final count Arvo Talts took 51.2 percent and Tiit Orvelmaa of the Kelvo Civic Union 48.8 "
                    "percent. Orvelmaa thanked his voters.")
    mentions = [mention(a, "Tiit Orvelmaa", "PERSON"), mention(b, "Tiit Orvelmaa of the Kelvo Civic Union", "ORG")]
    out = harmonise([a, b], mentions)
    assert labels_of(out, "b") == [("Kelvo Civic Union", "ORG"), ("Orvelmaa", "PERSON"), ("Tiit Orvelmaa", "PERSON")]


def test_mister_before_a_surname_is_a_courtesy_title():
    assert same_person("Mister Orvelmaa", "Tiit Orvelmaa") >= same_person("Orvelmaa", "Tiit Orvelmaa")
    assert name_tokens("Mister Orvelmaa") == ["orvelmaa"]

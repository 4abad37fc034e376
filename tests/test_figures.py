"""Counts, amounts and figures only one source gives, on invented articles."""

from __future__ import annotations

from tests.test_general import analyse_pair, kinds


def quantities(analysis, category=None):
    return [c for c in analysis.claims if c.kind == "quantity"
            and (category is None or c.qualifiers.get("category") == category)]


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
        "The former mayor Ana Quiroga was sentenced to three years and one day in prison.",
        "Ana Quiroga was sentenced to four years in prison on Monday.",
    )
    values = {c.value: c.norm for c in quantities(analysis, "sentence")}
    assert values == {"three years and one day": 36, "four years": 48}
    [flag] = kinds(analysis, "number_conflict")
    assert {c.norm for c in flag.claims} == {36, 48}

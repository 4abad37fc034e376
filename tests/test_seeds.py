"""The two example articles in sources/: the flags a fact-checker expects, and none where they agree."""

from __future__ import annotations

from pathlib import Path

import pytest

import reconcile
from reconcile.normalize.places import gazetteer

SOURCES = Path(__file__).resolve().parent.parent / "sources"


@pytest.fixture(scope="module")
def analysis():
    return reconcile.analyse([SOURCES])


def _flags(analysis, kind):
    return [f for f in analysis.flags if f.kind == kind]


def _assert_evidence(analysis, flag):
    """Each side names its source, quotes its sentence and points at the disputed words in the text."""
    assert len({c.source_id for c in flag.claims}) == 2
    for claim in flag.claims:
        text = analysis.source(claim.source_id).text
        assert text[claim.start:claim.end] == claim.value
        if flag.kind != "name_variant":
            assert claim.value in claim.sentence
            assert claim.sentence in text


def test_both_articles_load(analysis):
    assert len(analysis.sources) == 2
    assert analysis.problems == []


def test_place_of_the_next_round_istanbul_vs_moscow(analysis):
    conflicts = _flags(analysis, "place_conflict")
    sides = [{gazetteer().lookup(c.value).name for c in f.claims} for f in conflicts]
    assert {"Istanbul", "Moscow"} in sides
    flag = conflicts[sides.index({"Istanbul", "Moscow"})]
    assert flag.severity == "high"
    _assert_evidence(analysis, flag)
    by_place = {gazetteer().lookup(c.value).name: c for c in flag.claims}
    assert by_place["Istanbul"].source_id != by_place["Moscow"].source_id
    assert "Istanbul" in flag.explanation and "Moscow" in flag.explanation


def _is_feb_27_round(sentence: str) -> bool:
    return "Istanbul" in sentence and ("February 27" in sentence or "Feb. 27" in sentence)


def test_the_feb_27_istanbul_round_is_counted_second_in_one_and_first_in_the_other(analysis):
    conflicts = [f for f in _flags(analysis, "ordinal_conflict")
                 if all(_is_feb_27_round(c.sentence) for c in f.claims)]
    assert len(conflicts) == 1
    [flag] = conflicts
    assert flag.severity == "medium"
    _assert_evidence(analysis, flag)
    numbers = {c.source_id: c.norm for c in flag.claims}
    assert sorted(numbers.values()) == [1, 2]
    second = next(c for c in flag.claims if c.norm == 2)
    assert second.value == "second"


def test_coulter_title_eurasian_vs_european_and_eurasian(analysis):
    conflicts = [f for f in _flags(analysis, "title_conflict") if "Coulter" in f.subject]
    assert len(conflicts) == 1
    [flag] = conflicts
    assert flag.severity == "medium"
    _assert_evidence(analysis, flag)
    values = [c.value for c in flag.claims]
    assert any(v.endswith("of State for Eurasian Affairs") for v in values)
    assert any(v.endswith("of State for European and Eurasian Affairs") for v in values)


def test_darchiev_spelling_is_a_low_severity_name_variant(analysis):
    variants = [f for f in _flags(analysis, "name_variant") if "Darchiev" in f.subject]
    assert len(variants) == 1
    [flag] = variants
    assert flag.severity == "low"
    assert {c.value for c in flag.claims} == {"Aleksandr Darchiev", "Alexander Darchiev"}
    _assert_evidence(analysis, flag)


def test_darchiev_is_one_person(analysis):
    people = [e for e in analysis.entities if e.label == "PERSON" and "Darchiev" in e.name]
    assert len(people) == 1
    assert len(people[0].variants()) == 2  # named in both articles


def test_no_conflict_about_the_place_or_date_of_the_feb_27_round(analysis):
    for flag in analysis.flags:
        if flag.kind in ("place_conflict", "date_conflict"):
            assert not any(_is_feb_27_round(c.sentence) for c in flag.claims), flag.explanation
            assert not any("27" in c.value for c in flag.claims)
            assert "27" not in flag.explanation


def test_no_title_conflict_for_darchiev(analysis):
    # "new ambassador to the U.S." and "Russian Ambassador to the U.S." are the same post.
    assert not [f for f in _flags(analysis, "title_conflict") if "Darchiev" in f.subject]


def test_no_date_conflict(analysis):
    assert _flags(analysis, "date_conflict") == []


def test_no_conflict_about_darchiev_leading_the_russian_delegation(analysis):
    for flag in analysis.flags:
        if flag.kind.endswith("_conflict"):
            assert "delegation" not in flag.subject


def test_flags_come_most_severe_first_with_stable_ids(analysis):
    ranks = [("high", "medium", "low").index(f.severity) for f in analysis.flags]
    assert ranks == sorted(ranks)
    assert len({f.id for f in analysis.flags}) == len(analysis.flags)
    again = reconcile.analyse([SOURCES])
    assert [(f.id, f.kind) for f in again.flags] == [(f.id, f.kind) for f in analysis.flags]

"""Titles read from the sentence around a name; the sentences are written here for these checks."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.roles import extract_roles
from reconcile.models import Source
from reconcile.nlp import load_model


def titles(text: str) -> dict[str, set[str]]:
    ctx = DocContext(Source("a", text), load_model()(text))
    out: dict[str, set[str]] = {}
    for claim in extract_roles(ctx):
        out.setdefault(claim.subject, set()).add(claim.value)
    return out


def test_a_title_with_the_before_the_name_and_a_comma():
    found = titles("The Ugandan delegation was led by the Minister for Lands and Housing, Grace Nakimuli, "
                   "who said the border deal would help farmers.")
    assert found.get("Grace Nakimuli") == {"Minister for Lands and Housing"}


def test_a_title_without_a_determiner_before_a_comma_is_not_taken():
    # "Asked by reporters, Nakimuli said": no determiner opens a title phrase here.
    found = titles("Speaking after the talks in Kampala on Monday, Grace Nakimuli said the deal was fair.")
    assert "Grace Nakimuli" not in found


def test_a_possessive_owner_named_like_a_person_does_not_hide_the_title():
    text = ("Harold Brennick founded the chain in 1962. Elena Sorvino, Brennick's chief restructuring officer, "
            "said in a filing that 40 stores would close.")
    assert titles(text).get("Elena Sorvino") == {"chief restructuring officer"}


def test_a_second_person_after_the_comma_is_not_a_title():
    found = titles("Elena Sorvino, Harold Brennick and the chief executive met the creditors on Tuesday.")
    assert "Elena Sorvino" not in found

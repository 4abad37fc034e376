"""Quotes and who said them; the sentences are written here for these checks."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.quotes import extract_quotes
from reconcile.models import Source
from reconcile.nlp import load_model


def quotes(text: str) -> dict[str, str]:
    """Quoted words -> speaker."""
    ctx = DocContext(Source("a", text), load_model()(text))
    return {claim.value: claim.subject for claim in extract_quotes(ctx)}


def test_a_quote_of_two_sentences_is_attributed_where_it_ends():
    text = ("Marta Lindqvist, the harbour director, opened the new pier on Friday. "
            "\"Ships that wait at sea cannot unload in Norrvik before spring. Our partners know this now,\" "
            "she said at the ceremony.")
    assert quotes(text) == {"Ships that wait at sea cannot unload in Norrvik before spring. "
                            "Our partners know this now": "Marta Lindqvist"}


def test_she_is_the_subject_of_the_paragraph_not_a_name_further_back():
    text = ("Hobbs Electric said it would cut 40 jobs.\n\n"
            "Delacroix, who chaired the works council for a decade, has fought the cuts since May. "
            "\"The workers have asked for a plan that lasts. We will not walk away,\" she told the meeting.")
    found = quotes(text)
    assert found.get("The workers have asked for a plan that lasts. We will not walk away") == "Delacroix"


def test_a_time_stamp_is_not_part_of_the_speaker():
    text = ("10:45 - A spokesman for the Green Coalition says the party will \"keep knocking on every door, "
            "every day\" until the vote.")
    assert set(quotes(text).values()) == {"A spokesman"}


def test_a_full_stop_inside_the_quote_ends_the_attribution():
    text = ("\"We are finished here. There is nothing more to sign.\" The harbour director Marta Lindqvist "
            "said nothing else.")
    assert quotes(text) == {}


def test_a_dateline_city_is_not_the_speaker():
    text = ("KORVAN, Estavia, May 4 (WNS) - The two governments signed a pact on Tuesday and pledged to "
            "\"turn the river from a border into a bridge\" within a decade.")
    assert not {"KORVAN", "WNS"} & set(quotes(text).values())

"""A run over a folder that mixes stories compares each story's reports only with each other."""

from __future__ import annotations

import textwrap

import pytest

import reconcile
from reconcile.stories import stories

ARTICLES = {
    "quake-wire": ("Andes Wire", "2026-03-10", """
        At least 12 people were killed when an earthquake struck near Cusco on Monday, police said.
        Regional governor Ana Quispe told reporters that rescue teams were searching collapsed homes in Cusco.
        """),
    "quake-daily": ("Pacific Daily", "2026-03-11", """
        The death toll from Monday's earthquake near Cusco has risen to 19, officials said.
        Cusco governor Ana Quispe said rescuers had worked through the night.
        """),
    "plant-wire": ("Iberia Wire", "2026-03-10", """
        Carmaker Vektra said on Monday it will close its engine plant in Zaragoza in June, cutting 900 jobs.
        Chief executive Lena Hoff said the decision was painful.
        """),
    "plant-daily": ("Castile Daily", "2026-03-11", """
        Vektra will shut its engine plant in Valencia in September, the company announced, with 900 jobs to go.
        Chief executive Lena Hoff called the move painful but necessary.
        """),
}


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    for name, (outlet, published, body) in ARTICLES.items():
        text = f"---\noutlet: {outlet}\npublished: {published}\n---\n{textwrap.dedent(body).strip()}\n"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return reconcile.analyse([folder])


def test_sources_are_grouped_by_story(analysis):
    story_of = stories(analysis.sources, analysis.entities)
    assert story_of["quake-wire"] == story_of["quake-daily"]
    assert story_of["plant-wire"] == story_of["plant-daily"]
    assert story_of["quake-wire"] != story_of["plant-wire"]


def test_no_flag_compares_two_stories(analysis):
    assert analysis.flags
    for flag in analysis.flags:
        prefixes = {c.source_id.split("-")[0] for c in flag.claims}
        assert len(prefixes) == 1, (flag.kind, [c.value for c in flag.claims])


def test_each_story_still_gets_its_own_flags(analysis):
    values = {frozenset(c.value for c in f.claims) for f in analysis.flags}
    assert frozenset({"At least 12", "19"}) in values
    assert frozenset({"Zaragoza", "Valencia"}) in values

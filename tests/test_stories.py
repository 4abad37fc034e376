"""A run over a folder that mixes stories compares each story's reports only with each other."""

from __future__ import annotations

import pytest

import reconcile
from reconcile.stories import stories

QUAKE = [
    "At least 12 people were killed when an earthquake struck near Cusco on Monday, police said. "
    "Regional governor Ana Quispe told reporters that rescue teams were searching collapsed homes.",
    "The death toll from Monday's earthquake near Cusco has risen to 19, officials said. "
    "Cusco governor Ana Quispe said rescuers had worked through the night.",
    "Governor Ana Quispe said on Tuesday that the earthquake near Cusco had left 19 people dead.",
    "Rescuers in Cusco kept digging on Tuesday; Ana Quispe, the regional governor, asked for patience.",
    "Schools in Cusco stayed shut after the quake, governor Ana Quispe said.",
]
PLANT = [
    "Carmaker Vektra said on Monday it will close its engine plant in Zaragoza in June, cutting 900 jobs. "
    "Chief executive Lena Hoff said the decision was painful.",
    "Vektra will shut its engine plant in Valencia in September, the company announced, with 900 jobs to go. "
    "Chief executive Lena Hoff called the move painful but necessary.",
    "Unions at Vektra said they would fight the closure announced by chief executive Lena Hoff.",
    "Lena Hoff, Vektra's chief executive, met union leaders on Tuesday.",
    "Suppliers of Vektra waited for word from Lena Hoff on the plant's future.",
]
@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    """A newsroom batch of ten reports: five on an earthquake, five on a plant closure."""
    folder = tmp_path_factory.mktemp("mixed")
    for story, texts in (("quake", QUAKE), ("plant", PLANT)):
        for i, body in enumerate(texts, 1):
            text = f"---\noutlet: Outlet {story} {i}\npublished: 2026-03-1{i}\n---\n{body}\n"
            (folder / f"{story}-{i}.md").write_text(text, encoding="utf-8")
    return reconcile.analyse([folder])


def test_sources_are_grouped_by_story(analysis):
    story_of = stories(analysis.sources, analysis.entities)
    assert len({story_of[f"quake-{i}"] for i in range(1, 6)}) == 1
    assert len({story_of[f"plant-{i}"] for i in range(1, 6)}) == 1
    assert story_of["quake-1"] != story_of["plant-1"]


def test_a_small_run_is_one_story(analysis):
    few = [s for s in analysis.sources if s.id in ("quake-1", "plant-1")]
    assert len(set(stories(few, analysis.entities).values())) == 1


def test_no_flag_compares_two_stories(analysis):
    assert analysis.flags
    for flag in analysis.flags:
        prefixes = {c.source_id.split("-")[0] for c in flag.claims}
        assert len(prefixes) == 1, (flag.kind, [c.value for c in flag.claims])


def test_each_story_still_gets_its_own_flags(analysis):
    values = {frozenset(c.value for c in f.claims) for f in analysis.flags}
    assert frozenset({"At least 12", "19"}) in values
    assert frozenset({"Zaragoza", "Valencia"}) in values


def test_every_flag_names_its_story(analysis):
    story_of = analysis.stories
    for flag in analysis.flags:
        assert flag.story == story_of[flag.claims[0].source_id]
        assert flag.to_dict()["story"] == flag.story
    assert {f.story for f in analysis.flags} == {story_of["quake-1"], story_of["plant-1"]}


def test_one_story_turns_grouping_off(analysis):
    together = reconcile.analyse(analysis.sources, one_story=True)
    assert len(set(together.stories.values())) == 1
    assert len({f.story for f in together.flags}) == 1


def test_the_report_names_each_flags_story(analysis, tmp_path):
    from bs4 import BeautifulSoup

    from reconcile.output import write_outputs

    write_outputs(analysis, tmp_path)
    page = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    cards = page.select("article.flag")
    assert len(cards) == len(analysis.flags)
    story_of = {f.id: f.story for f in analysis.flags}
    for card in cards:
        tag = card.select_one(".story-tag")
        assert tag["data-story"] == story_of[card["data-id"]]
        assert tag.get_text().startswith("story: ")

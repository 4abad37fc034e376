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


def test_one_name_shared_in_passing_does_not_join_two_stories(tmp_path):
    """An analyst quoted in passing in one report of each story is not what either story is about."""
    quake_5 = (
        "Schools in Cusco stayed shut on Tuesday after the quake, regional governor Ana Quispe said. Quispe told "
        "parents in Cusco that classes would resume next week once engineers from the Civil Defence Institute "
        "had checked every building. The Civil Defence Institute said 40 schools had cracks. Quispe visited two "
        "of them in Cusco with the institute's engineers. Analyst Omar Haddad said insurers would face claims."
    )
    plant_5 = (
        "Suppliers of Vektra waited on Tuesday for word from chief executive Lena Hoff on the future of the "
        "engine plant. Hoff met the works council of Vektra and the metalworkers' union IG Motoren. The union "
        "said Hoff had offered no guarantee, and IG Motoren called a rally at the Vektra gates. Vektra said Hoff "
        "would meet the union again. Analyst Omar Haddad said the closure would hit suppliers hardest."
    )
    folder = tmp_path / "batch"
    folder.mkdir()
    for story, texts in (("quake", QUAKE[:4] + [quake_5]), ("plant", PLANT[:4] + [plant_5])):
        for i, body in enumerate(texts, 1):
            (folder / f"{story}-{i}.md").write_text(f"---\npublished: 2026-03-1{i}\n---\n{body}\n",
                                                   encoding="utf-8")
    analysis = reconcile.analyse([folder])
    assert any(e.name == "Omar Haddad" and len(e.variants()) == 2 for e in analysis.entities)
    story_of = analysis.stories
    assert len({story_of[f"quake-{i}"] for i in range(1, 6)}) == 1
    assert len({story_of[f"plant-{i}"] for i in range(1, 6)}) == 1
    assert story_of["quake-5"] != story_of["plant-5"]


def test_a_company_the_tagger_calls_a_person_in_some_reports_still_joins_them():
    """Sources are compared by the names they use, whatever label the tagger gave each mention."""
    from reconcile.models import Entity, Mention

    sources = [reconcile.Source(id=f"s{i}", text="") for i in range(10)]

    def mention(sid):
        return Mention(source_id=sid, text="Aerovia Norte", label="", start=0, end=13)

    entities = [
        Entity("org:a", "ORG", "Aerovia Norte", [mention("s0"), mention("s0")]),
        Entity("person:a", "PERSON", "Aerovia Norte", [mention(f"s{i}") for i in (1, 2)]),
        Entity("person:b", "PERSON", "Ines Carvalho", [mention(f"s{i}") for i in (0, 1)]),
    ]
    entities += [Entity(f"person:{i}", "PERSON", f"Other Person{i}", [mention(f"s{i}")]) for i in range(3, 10)]
    story_of = stories(sources, entities)
    assert story_of["s0"] == story_of["s1"] == story_of["s2"]

"""The gazetteer kept in the output folder's cache: it answers every lookup as the gazetteer it was written
from, a damaged or foreign file is never read but built and written again, and a re-run reads it instead of
building the gazetteer."""

from __future__ import annotations

import pickle
import shutil
import sys
from pathlib import Path

import pytest

import reconcile
from reconcile.cache import CACHE_DIR, GAZETTEER
from reconcile.normalize import places as places_module
from reconcile.normalize.places import CACHE_ENV, Gazetteer, gazetteer, shared_gazetteer_path
from reconcile.normalize.placestore import HEADER, StoredPlaces, read_gazetteer, write_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_general import FLOOD_STORY, write_articles  # noqa: E402

NAMES = ["Paris", "Kyiv", "Київ", "Kiev", "Springfield", "County Galway", "Galway", "Provincia de Teruel", "Teruel",
         "the Lublin region", "Pomeranian Voivodeship", "the Russian capital", "Turkish capital", "UK", "the US",
         "Eswatini", "Swaziland", "Central", "the Central region", "Ha", "Nowhere-upon-Nothing", "", "Ibra"]


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    found = gazetteer()
    return found if isinstance(found.by_name, dict) else Gazetteer()


@pytest.fixture(scope="module")
def kept_path(built, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / GAZETTEER
    write_gazetteer(built, path)
    return path


@pytest.fixture(scope="module")
def kept(kept_path) -> Gazetteer:
    found = read_gazetteer(kept_path)
    assert found is not None and isinstance(found.by_name, StoredPlaces)
    return found


def test_the_kept_gazetteer_finds_the_same_places_in_the_same_order(built, kept):
    keys = sorted(built.by_name)
    assert sorted(kept.by_name) == keys and len(kept.by_name) == len(built.by_name)
    for key in keys[::5]:
        assert kept.by_name[key] == built.by_name[key], key
    assert dict(kept.divisions) == built.divisions
    assert kept.countries == built.countries and kept.capitals == built.capitals
    assert kept.by_name.get("no such place anywhere") is None and "no such place anywhere" not in kept.by_name
    for name in NAMES:
        assert kept.lookup(name) == built.lookup(name), name
        assert kept.candidates(name, limit=100) == built.candidates(name, limit=100), name
    assert kept.relation("Springfield", "Illinois") == built.relation("Springfield", "Illinois")


def test_a_kept_gazetteer_is_written_again_as_it_was_read(kept, tmp_path):
    first, again = tmp_path / "a", tmp_path / "b"
    write_gazetteer(kept, again)  # from the file it was read from, not from a build
    write_gazetteer(read_gazetteer(again), first)
    assert first.read_bytes() == again.read_bytes()


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "pickle", "other header", "bad index"])
def test_a_damaged_or_foreign_file_is_not_read(built, tmp_path, damage):
    path = tmp_path / GAZETTEER
    write_gazetteer(built, path)
    data = path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        at = len(data) - 1000
        data = data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]
    elif damage == "empty":
        data = b""
    elif damage == "pickle":
        data = pickle.dumps({"by_name": {}})
    elif damage == "other header":
        data = data.replace(HEADER, b"reconcile gazetteer 0\n", 1)
    elif damage == "bad index":  # a well-formed file whose tables do not add up
        import hashlib

        body = b'{"sizes":{"names":1,"divisions":1,"places":0},"starts":[0],"countries":{},"capitals":{}}\n'
        data = HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
    path.write_bytes(data)
    assert read_gazetteer(path) is None
    assert read_gazetteer(tmp_path / "missing") is None


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    write_articles(root, FLOOD_STORY)
    return root


@pytest.fixture
def fresh_process_state(monkeypatch):
    """Each run below starts as a new process would: no gazetteer in memory, none kept anywhere (nor in the user's
    cache folder, unless a test points it somewhere)."""
    monkeypatch.setattr(places_module, "_STORE", [])
    monkeypatch.setenv(CACHE_ENV, "")
    places_module.gazetteer.cache_clear()
    yield
    places_module.gazetteer.cache_clear()  # no test after these reads a gazetteer from their folders


@pytest.fixture
def builds(monkeypatch, built) -> list[int]:
    """One item for each time the gazetteer is built from GeoNames. (Each build takes the tables of the one built
    for this module, as a build from GeoNames would make them: these tests check when a build is made.)"""
    counted: list[int] = []

    def counted_init(self):
        counted.append(1)
        self.__dict__.update({**vars(built), "_cache": {}, "_found": {}})

    monkeypatch.setattr(Gazetteer, "__init__", counted_init)
    return counted


def _new_process() -> None:
    """What a new process starts with: no gazetteer in memory, no output folder chosen."""
    places_module.gazetteer.cache_clear()
    places_module._STORE[:] = []


def test_a_rerun_reads_the_kept_gazetteer_and_a_damaged_one_is_built_again(folder, tmp_path, monkeypatch, kept_path,
                                                                           fresh_process_state, builds):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "user"))
    shared = shared_gazetteer_path()
    assert shared is not None and shared.parent == tmp_path / "user"
    shared.parent.mkdir()
    shutil.copy(kept_path, shared)  # as an earlier run on this machine left it
    out = tmp_path / "out"
    reconcile.run([folder], out)
    assert builds == []  # read from the user's cache folder...
    [kept] = list((out / CACHE_DIR).rglob(GAZETTEER))
    expected = (out / "flags.json").read_bytes()
    written = kept.read_bytes()
    assert written == shared.read_bytes()  # ...and kept in the output folder too

    _new_process()
    reconcile.run([folder], out)
    assert builds == []  # read from the output folder's cache
    assert (out / "flags.json").read_bytes() == expected

    _new_process()
    reconcile.run([folder], tmp_path / "elsewhere")
    assert builds == []  # a new output folder reads the user's copy...
    assert next((tmp_path / "elsewhere" / CACHE_DIR).rglob(GAZETTEER)).read_bytes() == written  # ...and keeps it
    assert (tmp_path / "elsewhere" / "flags.json").read_bytes() == expected

    kept.write_bytes(written[:-100])  # cut short, as by a full disk
    _new_process()
    reconcile.run([folder], out)
    assert builds == []  # the user's copy read instead...
    assert kept.read_bytes() == written  # ...and written whole in the output folder again

    kept.write_bytes(written[:-100])
    shared.write_bytes(written[:1000])
    _new_process()
    reconcile.run([folder], out)
    assert builds == [1]  # both damaged: built again...
    assert kept.read_bytes() == written and shared.read_bytes() == written  # ...and written again in both
    assert (out / "flags.json").read_bytes() == expected


def test_a_gazetteer_kept_in_another_folder_is_copied_into_a_new_cache(folder, tmp_path, monkeypatch,
                                                                       fresh_process_state, builds):
    blocker = tmp_path / "a-file"  # the user's cache folder cannot be made: a run does without it
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    reconcile.run([folder], tmp_path / "one")
    assert builds == [1]
    assert blocker.read_text() == "not a folder"
    places_module.gazetteer.cache_clear()
    reconcile.run([folder], tmp_path / "one")  # this process now looks places up in the file of "one"
    assert isinstance(gazetteer().by_name, StoredPlaces)
    source = next((tmp_path / "one" / CACHE_DIR).rglob(GAZETTEER))
    copy = tmp_path / "saved.db"
    shutil.copy(source, copy)
    shutil.rmtree(tmp_path / "one")
    reconcile.run([folder], tmp_path / "two")
    [kept] = list((tmp_path / "two" / CACHE_DIR).rglob(GAZETTEER))
    assert kept.read_bytes() == copy.read_bytes()


def test_the_user_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert shared_gazetteer_path().parent == tmp_path / "mine"
    monkeypatch.setenv(CACHE_ENV, "")
    assert shared_gazetteer_path() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert shared_gazetteer_path().parent == tmp_path / "xdg" / "reconcile"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert shared_gazetteer_path().parent == tmp_path / "home" / ".cache" / "reconcile"

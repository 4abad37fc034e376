"""The extraction cache in the output folder: a re-run parses only new or changed sources, gives the same
flags, survives a damaged cache, and never touches a folder it does not own."""

from __future__ import annotations

import json
import pickle
import shutil
import sys
from pathlib import Path

import pytest

import reconcile
from reconcile.cache import CACHE_DIR
from reconcile.output import MANIFEST

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_general import FLOOD_STORY, write_articles  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "sources"

EXTRA = {
    "harbour-news": (
        "outlet: Harbour News\npublished: 2025-03-12",
        """
        The floods in Lyon on Sunday killed 14 people, the prefecture said on Wednesday.
        Finance Minister Claire Dubois said emergency aid would reach families this week.
        """,
    ),
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, root / seed.name)
    write_articles(root, FLOOD_STORY)
    return root


def steps_of(calls):
    return [(stage, done, total) for stage, done, total in calls]


def run(folder, out, **kwargs):
    calls = []
    analysis = reconcile.run([folder], out, progress=lambda *step: calls.append(step), **kwargs).analysis
    return analysis, calls


def entries(out: Path) -> list[Path]:
    return sorted((out / CACHE_DIR).rglob("*.pickle"))


def test_a_rerun_parses_only_the_added_source_and_gives_the_flags_of_a_fresh_run(folder, tmp_path):
    out = tmp_path / "out"
    first, calls = run(folder, out)
    assert ("extract", 5, 5) in calls and not any(stage == "extract (cached)" for stage, _, _ in calls)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["cache"] == CACHE_DIR  # the output folder's manifest claims the cache as reconcile's
    assert len(entries(out)) == 5

    write_articles(folder, EXTRA)
    again, calls = run(folder, out)
    assert ("extract (cached)", 5, 6) in calls  # the five earlier sources come from the cache
    assert [c for c in calls if c[0] == "extract"] == [("extract", 6, 6)]  # only the new one is parsed
    assert len(entries(out)) == 6

    fresh = tmp_path / "fresh"
    reconcile.run([folder], fresh, cache=False)
    assert not (fresh / CACHE_DIR).exists()
    assert (out / "flags.json").read_bytes() == (fresh / "flags.json").read_bytes()
    assert any(c.source_id == "harbour-news" and c.value == "14" for f in again.flags for c in f.claims
               if f.kind == "number_conflict")
    assert not any(c.source_id == "harbour-news" for f in first.flags for c in f.claims)


def test_an_edited_source_is_parsed_again(folder, tmp_path):
    out = tmp_path / "out"
    run(folder, out)
    article = folder / "alpine-post.md"
    article.write_text(article.read_text(encoding="utf-8").replace("killed 19 people", "killed 23 people"),
                       encoding="utf-8")
    analysis, calls = run(folder, out)
    assert ("extract (cached)", 4, 5) in calls
    assert any(c.value == "23" for c in analysis.claims if c.source_id == "alpine-post")
    assert not any(c.value == "19" for c in analysis.claims if c.source_id == "alpine-post")


def test_a_damaged_cache_entry_is_ignored_and_written_again(folder, tmp_path):
    out = tmp_path / "out"
    run(folder, out)
    expected = (out / "flags.json").read_bytes()
    damaged = entries(out)
    damaged[0].write_bytes(b"\x80\x05not a pickle at all")
    damaged[1].write_bytes(damaged[1].read_bytes()[:40])  # cut short, as by a full disk
    damaged[2].write_bytes(damaged[3].read_bytes())  # another source's entry under this name
    _, calls = run(folder, out)
    assert ("extract (cached)", 2, 5) in calls
    assert (out / "flags.json").read_bytes() == expected
    _, calls = run(folder, out)
    assert ("extract (cached)", 5, 5) in calls  # rebuilt by the previous run


class _Payload:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


def test_a_cache_entry_cannot_run_code(folder, tmp_path):
    out = tmp_path / "out"
    run(folder, out)
    target = tmp_path / "pwned"
    for entry in entries(out):
        entry.write_bytes(pickle.dumps(("key", _Payload(str(target)))))
    run(folder, out)
    assert not target.exists()


def test_a_cache_folder_reconcile_did_not_create_is_left_alone(folder, tmp_path):
    out = tmp_path / "out"
    theirs = out / CACHE_DIR
    theirs.mkdir(parents=True)
    (theirs / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "draft.txt").write_text("my draft", encoding="utf-8")
    analysis, _ = run(folder, out, force=True)  # the folder holds the user's draft
    assert analysis.flags
    run(folder, out, force=True)  # now the folder has reconcile's manifest, which still does not list that folder
    assert sorted(p.name for p in theirs.iterdir()) == ["notes.txt"]
    assert (theirs / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "draft.txt").read_text(encoding="utf-8") == "my draft"
    assert "cache" not in json.loads((out / MANIFEST).read_text(encoding="utf-8"))


def test_results_of_an_older_pipeline_are_dropped(folder, tmp_path):
    out = tmp_path / "out"
    run(folder, out)
    old = out / CACHE_DIR / "extract-0123456789abcdef"
    old.mkdir()
    (old / "stale.pickle").write_bytes(b"old")
    _, calls = run(folder, out)
    assert ("extract (cached)", 5, 5) in calls
    assert not old.exists()


def test_a_run_that_reads_nothing_leaves_no_cache(tmp_path):
    from reconcile.errors import NothingToDo

    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    with pytest.raises(NothingToDo):
        reconcile.run([empty], out)
    assert not (out / CACHE_DIR).exists()


def test_a_run_served_wholly_from_the_cache_does_not_import_spacy(folder, tmp_path):
    import subprocess

    out = tmp_path / "out"
    run(folder, out)
    expected = (out / "flags.json").read_bytes()
    script = ("import multiprocessing, sys, reconcile\n"
              f"reconcile.run([{str(folder)!r}], {str(out)!r}, workers=2)\n"
              "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
              "assert not multiprocessing.active_children(), 'a worker process was left running'\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "flags.json").read_bytes() == expected


def test_the_model_is_identified_without_loading_it_as_the_loaded_model_says():
    from reconcile.nlp import load_model, model_identity

    model_identity.cache_clear()
    found = model_identity()
    nlp = load_model()
    ours = {"reconcile_line_breaks", "reconcile_verbs_read_as_nouns"}  # the components reconcile adds to the model
    assert found == "|".join([nlp.meta["name"], nlp.meta["version"],
                              ",".join(p for p in nlp.pipe_names if p not in ours)])


def test_a_source_added_is_parsed_in_a_worker_process_and_the_main_process_never_imports_spacy(folder, tmp_path):
    import subprocess

    out = tmp_path / "out"
    run(folder, out)
    write_articles(folder, EXTRA)
    script = ("import json, sys, reconcile\n"
              "steps = []\n"
              f"reconcile.run([{str(folder)!r}], {str(out)!r}, workers=2, progress=lambda *s: steps.append(s))\n"
              "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
              "print(json.dumps(steps))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    steps = [tuple(s) for s in json.loads(done.stdout.splitlines()[-1])]
    assert ("extract (cached)", 5, 6) in steps and ("extract", 6, 6) in steps
    assert len(entries(out)) == 6  # the new source's extraction is kept for the next run
    fresh = tmp_path / "fresh"
    reconcile.run([folder], fresh, cache=False)
    assert (out / "flags.json").read_bytes() == (fresh / "flags.json").read_bytes()

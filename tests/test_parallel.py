"""Parallel extraction (worker processes, Dask) gives exactly the flags of a plain run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import reconcile
from reconcile.load import load_sources

SEEDS = Path(__file__).resolve().parent.parent / "sources"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_general import FLOOD_STORY, write_articles  # noqa: E402

EXTRA = {
    "valley-radio": (
        "outlet: Valley Radio\npublished: 2025-03-11",
        """
        "We will rebuild every bridge and every home in this valley," Mayor Anne Vignot told reporters.
        The floods in Lyon on Sunday killed 12 people and injured 19 others, the prefecture said.
        """,
    ),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Six articles: the two example sources, the flood story and one more report."""
    root = tmp_path_factory.mktemp("six")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, root / seed.name)
    write_articles(root, FLOOD_STORY)
    write_articles(root, EXTRA)
    return root


@pytest.fixture(scope="module")
def sequential(folder):
    analysis = reconcile.analyse([folder], workers=1)
    assert len(analysis.sources) == 6
    return analysis


def summary(analysis):
    return [(f.id, f.kind) for f in analysis.flags]


def test_the_folder_gives_flags_of_several_kinds(sequential):
    kinds = {kind for _, kind in summary(sequential)}
    assert {"place_conflict", "number_conflict", "title_conflict", "name_variant"} <= kinds


def test_two_worker_processes_give_the_same_flags(folder, sequential):
    from reconcile.extract import MIN_SOURCES_PER_WORKER

    assert len(sequential.sources) // MIN_SOURCES_PER_WORKER >= 2  # enough sources for two real processes
    steps = []
    parallel = reconcile.analyse([folder], workers=2, progress=lambda stage, done, total: steps.append(done))
    assert summary(parallel) == summary(sequential)
    assert [c.id for c in parallel.claims] == [c.id for c in sequential.claims]
    assert steps == list(range(1, 7))


def test_dask_engine_gives_the_same_flags(folder, sequential):
    steps = []
    on_dask = reconcile.analyse([folder], engine="dask", workers=2,
                                progress=lambda stage, done, total: steps.append((stage, done, total)))
    assert summary(on_dask) == summary(sequential)
    assert [c.id for c in on_dask.claims] == [c.id for c in sequential.claims]
    assert steps[-1] == ("extract", 6, 6)


def test_dask_on_a_distributed_scheduler_keeps_the_order_of_the_sources(folder, sequential, monkeypatch):
    from distributed import LocalCluster

    from reconcile.scale import extract_with_dask

    sources, _ = load_sources([folder])
    reordered = sources[::-1]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
        steps = []
        extracted = extract_with_dask(reordered, workers=2, progress=lambda *step: steps.append(step))
        on_cluster = reconcile.analyse([folder], engine="dask", workers=2)
    assert [doc.source_id for doc in extracted] == [s.id for s in reordered]
    assert steps[-1] == ("extract", 6, 6)
    assert summary(on_cluster) == summary(sequential)


def test_without_dask_the_engine_says_what_to_install(tmp_path):
    script = textwrap.dedent("""
        import sys
        sys.modules["dask"] = None  # as if Dask were not installed
        import reconcile
        from reconcile.errors import ReconcileError
        try:
            reconcile.analyse([sys.argv[1]], engine="dask")
        except ReconcileError as err:
            print(err)
            sys.exit(0)
        sys.exit("no error")
    """)
    (tmp_path / "a.txt").write_text("Floods in Lyon on Sunday killed twelve people.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                          env={**os.environ, "DASK_SCHEDULER_ADDRESS": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "install reconcile[dask]" in done.stdout


def test_the_command_line_on_a_dask_scheduler_writes_the_flags_of_a_local_run(tmp_path):
    """`reconcile run --engine dask --scheduler ADDRESS` on a benchmark corpus of two stories, against a
    cluster listening on 127.0.0.1: the same flags.json, byte for byte, as the local run."""
    import json

    from click.testing import CliRunner
    from distributed import LocalCluster

    from reconcile.cli import main

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from make_corpus import make_corpus

    corpus = tmp_path / "corpus"
    make_corpus(14, corpus, seed=1)
    runner = CliRunner()
    local = runner.invoke(main, ["run", str(corpus), "--out", str(tmp_path / "local"), "-j", "2", "-q"])
    assert local.exit_code == 0, local.output
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, host="127.0.0.1", protocol="tcp",
                      dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        on_dask = runner.invoke(main, ["run", str(corpus), "--out", str(tmp_path / "dask"), "--engine", "dask",
                                       "--scheduler", cluster.scheduler_address, "-q"])
    assert on_dask.exit_code == 0, on_dask.output
    flags = (tmp_path / "local" / "flags.json").read_bytes()
    assert flags == (tmp_path / "dask" / "flags.json").read_bytes()
    assert len({f["story"] for f in json.loads(flags)}) >= 2  # the corpus mixes stories


def test_a_scheduler_needs_the_dask_engine(tmp_path):
    from click.testing import CliRunner

    from reconcile.cli import main

    (tmp_path / "a.txt").write_text("Floods in Lyon on Sunday killed twelve people.", encoding="utf-8")
    done = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out"),
                                     "--scheduler", "tcp://127.0.0.1:1"])
    assert done.exit_code != 0
    assert "--engine dask" in done.output


def _in_a_new_process(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True, text=True,
                          timeout=300)


def test_a_few_sources_go_to_the_standby_worker_and_give_the_flags_of_a_plain_run(tmp_path, sequential):
    """In a new process asked for two workers, the standby worker loads the model while the sources are read,
    and parses them (there are too few to share out); the main process never imports spaCy."""
    folder = tmp_path / "three"
    folder.mkdir()
    write_articles(folder, FLOOD_STORY)
    done = _in_a_new_process("""
        import json, sys
        import reconcile
        from reconcile.extract import MIN_SOURCES_PER_WORKER
        analysis = reconcile.analyse([sys.argv[1]], workers=2)
        assert len(analysis.sources) < 2 * MIN_SOURCES_PER_WORKER
        assert "spacy" not in sys.modules, "the main process imported spaCy"
        print(json.dumps([[f.id, f.kind] for f in analysis.flags]))
    """, str(folder))
    assert done.returncode == 0, done.stderr[-3000:]
    plain = reconcile.analyse([folder], workers=1)
    assert [tuple(f) for f in json.loads(done.stdout.splitlines()[-1])] == summary(plain)


def test_the_standby_worker_is_stopped_when_there_is_more_to_parse(folder, sequential):
    done = _in_a_new_process("""
        import json, multiprocessing, sys
        import reconcile
        analysis = reconcile.analyse([sys.argv[1]], workers=2)
        assert not multiprocessing.active_children(), multiprocessing.active_children()
        print(json.dumps([[f.id, f.kind] for f in analysis.flags]))
    """, str(folder))
    assert done.returncode == 0, done.stderr[-3000:]
    assert [tuple(f) for f in json.loads(done.stdout.splitlines()[-1])] == summary(sequential)


def test_the_standby_worker_reports_a_missing_model(tmp_path):
    (tmp_path / "a.txt").write_text("Floods in Lyon on Sunday killed twelve people.", encoding="utf-8")
    done = _in_a_new_process("""
        import sys
        import reconcile
        from reconcile.errors import ModelError
        try:
            reconcile.analyse([sys.argv[1]], workers=2, model="no_such_model_anywhere")
        except ModelError as err:
            print(err)
            sys.exit(0)
        sys.exit("no error")
    """, str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "no_such_model_anywhere" in done.stdout


def test_a_standby_worker_that_died_is_reported_not_waited_for():
    from reconcile.extract import Standby
    from reconcile.models import Source

    source = Source(id="a", text="Floods in Lyon on Sunday killed twelve people. " * 2000)
    gone = Standby(None)
    gone._process.kill()
    gone._process.join()
    assert gone.start([source]) is False  # the caller parses the sources another way

    dying = Standby(None)
    assert dying.start([source])
    dying._process.kill()  # long before it could have parsed 2,000 sentences
    with pytest.raises(RuntimeError, match="stopped"):
        dying.results()
    assert not dying._process.is_alive()
